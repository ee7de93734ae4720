package allow

import (
	"fmt"
	"go/token"
	"go/types"
	"sort"
)

// CheckTypes finds, with the type checker's information about a script's
// files, each call or value of a method that a run with fl refuses, and
// returns one message per use, "file:line:col: ...", naming the flag that
// lifts it. The method is the one the selector resolves to, promoted
// through embedding included, so a script's own method or field that
// shares a refused method's name (an http.Request's Method, say) is left
// alone. A method reached through an interface the script declares could
// be any value's, so it is judged by name, like the refused methods of
// Go's library.
func CheckTypes(fset *token.FileSet, info *types.Info, fl Flags) []string {
	type use struct {
		pos token.Pos
		msg string
	}
	var uses []use
	report := func(pos token.Pos, what string, v Verdict) {
		msg := fmt.Sprintf("%s: %s is not allowed in socklab scripts", fset.Position(pos), what)
		if v.Why != "" {
			msg += ": " + v.Why
		}
		if v.Flag != NoFlag {
			msg += fmt.Sprintf(" (run with %s to allow it)", v.Flag)
		}
		uses = append(uses, use{pos, msg})
	}
	for sel, s := range info.Selections {
		if s.Kind() == types.FieldVal {
			continue
		}
		fn, ok := s.Obj().(*types.Func)
		if !ok {
			continue
		}
		recv := fn.Type().(*types.Signature).Recv()
		if recv == nil {
			continue
		}
		t := recv.Type()
		if p, ok := t.(*types.Pointer); ok {
			t = p.Elem()
		}
		named, isNamed := t.(*types.Named)
		library := isNamed && named.Obj().Pkg() != nil && Lookup(named.Obj().Pkg().Path(), named.Obj().Name()).Class != Unclassified
		switch {
		case library:
			pkg := named.Obj().Pkg().Path()
			if v := Lookup(pkg, named.Obj().Name()+"."+fn.Name()); v.Class == Refused && !fl.Has(v.Flag) {
				report(sel.Sel.Pos(), qualified(pkg, named.Obj().Name()+"."+fn.Name()), v)
			}
		case types.IsInterface(t):
			for _, m := range refusedMethods()[fn.Name()] {
				if !fl.Has(m.Flag) {
					report(sel.Sel.Pos(), "the method "+fn.Name()+" through an interface (it could be "+m.what+")", m.Verdict)
					break
				}
			}
		}
	}
	configUses(info, fl, report)
	sort.Slice(uses, func(i, j int) bool { return uses[i].pos < uses[j].pos })
	out := make([]string, len(uses))
	for i, u := range uses {
		out[i] = u.msg
	}
	return out
}
