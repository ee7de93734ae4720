package refuse

import (
	"go/types"
)

// sameNamedTypes refuses a type declared inside a function whose name a
// type of the package's top level bears, where the two are not one
// underlying type without methods: the interpreter takes the one declared
// here for the other, with the other's fields or methods (a T of a
// function printed with the String method of the top level's T), or fails
// to compile it. (Two functions' types of one name it tells apart.)
func sameNamedTypes(r *reporter) {
	byName := map[string][]*types.TypeName{}
	for _, tn := range r.typeNames() {
		if !tn.IsAlias() {
			byName[tn.Name()] = append(byName[tn.Name()], tn)
		}
	}
	methods := func(tn *types.TypeName) int {
		if n, ok := tn.Type().(*types.Named); ok {
			return n.NumMethods()
		}
		return 0
	}
	for _, list := range byName {
		if len(list) < 2 {
			continue
		}
		for _, tn := range list {
			if tn.Parent() == r.pkg.Scope() {
				continue
			}
			for _, o := range list {
				if o.Parent() != r.pkg.Scope() || methods(o) == 0 && types.Identical(tn.Type().Underlying(), o.Type().Underlying()) {
					continue
				}
				r.refuse(tn.Pos(), "the interpreter takes the %s declared here for the %s of the top level (line %d), with that one's fields and methods: give this type a name of its own", tn.Name(), o.Name(), r.fset.Position(o.Pos()).Line)
				break
			}
		}
	}
}
