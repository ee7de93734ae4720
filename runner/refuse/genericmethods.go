package refuse

import (
	"cmp"
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"strings"

	"github.com/socklab/socklab/runner/rewrite"
)

// genericMethods refuses an instance of a generic type with a method of
// the same name as a method of another generic type of the package,
// instantiated with the same type arguments (ErrA[int] and ErrB[int],
// each with an Error method), where the interpreter instantiates both
// itself (runner/rewrite writes out the instances of most generic types
// of package main as plain types, not those of an error type or of a
// struct that embeds a field): it keeps the methods it makes for an
// instance by the method's name and the type arguments alone, so the
// second type's method ran the first one's body, and fmt printed "A 2"
// for an ErrB[int].
func genericMethods(r *reporter) {
	byName := map[string][]*types.TypeName{}
	scope := r.pkg.Scope()
	for _, name := range scope.Names() {
		tn, ok := scope.Lookup(name).(*types.TypeName)
		if !ok || tn.IsAlias() {
			continue
		}
		n, ok := tn.Type().(*types.Named)
		if !ok || n.TypeParams().Len() == 0 {
			continue
		}
		for i := range n.NumMethods() {
			byName[n.Method(i).Name()] = append(byName[n.Method(i).Name()], tn)
		}
	}
	shared := false
	for _, tns := range byName {
		shared = shared || len(tns) > 1
	}
	if !shared {
		return
	}
	written := rewrite.WrittenOut(r.fset, r.files, r.pkg, r.info)
	var ids []*ast.Ident
	for id, inst := range r.info.Instances {
		n, ok := inst.Type.(*types.Named)
		if !ok || n.Obj().Pkg() != r.pkg || written[n.Origin().Obj()] || rewrite.Involves(n, isTypeParam) || typeArgsHoldParam(n) {
			continue
		}
		ids = append(ids, id)
	}
	slices.SortFunc(ids, func(a, b *ast.Ident) int { return cmp.Compare(a.Pos(), b.Pos()) })
	first := map[string]*types.Named{} // by the method's name and type arguments
	told := map[string]bool{}
	for _, id := range ids {
		n := r.info.Instances[id].Type.(*types.Named)
		origin := n.Origin()
		for i := range origin.NumMethods() {
			m := origin.Method(i).Name()
			if len(byName[m]) < 2 {
				continue
			}
			key := m + "[" + typeArgsString(n) + "]"
			prev, ok := first[key]
			if !ok {
				first[key] = n
				continue
			}
			if prev.Origin() == origin || told[key+origin.Obj().Name()] {
				continue
			}
			told[key+origin.Obj().Name()] = true
			rel := types.RelativeTo(r.pkg)
			r.refuse(id.Pos(), "the interpreter runs the method %s of %s for %s too, as it keeps the methods it makes for an instance of a generic type by the method's name and the type arguments alone: declare %s or %s without type parameters, or give one of their methods %s another name",
				m, types.TypeString(prev, rel), types.TypeString(n, rel), prev.Obj().Name(), origin.Obj().Name(), m)
		}
	}
}

// typeArgsString spells n's type arguments, as the interpreter tells
// instances apart.
func typeArgsString(n *types.Named) string {
	var parts []string
	for i := range n.TypeArgs().Len() {
		parts = append(parts, types.TypeString(n.TypeArgs().At(i), nil))
	}
	return strings.Join(parts, ",")
}

// typeArgsHoldParam reports whether a type argument of n holds a type
// parameter (the Box[T] of Box's own methods).
func typeArgsHoldParam(n *types.Named) bool {
	for i := range n.TypeArgs().Len() {
		if rewrite.Involves(n.TypeArgs().At(i), isTypeParam) {
			return true
		}
	}
	return false
}

// inCopiedBody reports whether pos is in the body of a generic function
// or of a method of a generic type whose instances runner/rewrite writes
// out (rewrite.WrittenOut): each copy of the body, written for an
// instance's types, prints a value of a type parameter as a value of the
// instance's type is printed.
func (r *reporter) inCopiedBody(pos token.Pos) bool {
	if r.copiedBodies == nil {
		var bodies [][2]token.Pos
		var written map[*types.TypeName]bool
		for _, f := range r.files {
			for _, d := range f.Decls {
				fd, ok := d.(*ast.FuncDecl)
				if !ok || fd.Body == nil {
					continue
				}
				copied := fd.Recv == nil && fd.Type.TypeParams != nil
				if fn, ok := r.info.Defs[fd.Name].(*types.Func); ok && fd.Recv != nil && fn.Type().(*types.Signature).RecvTypeParams().Len() > 0 {
					if written == nil {
						written = rewrite.WrittenOut(r.fset, r.files, r.pkg, r.info)
					}
					recv := fn.Type().(*types.Signature).Recv().Type()
					if p, ok := recv.(*types.Pointer); ok {
						recv = p.Elem()
					}
					if n, ok := types.Unalias(recv).(*types.Named); ok {
						copied = written[n.Origin().Obj()]
					}
				}
				if copied {
					bodies = append(bodies, [2]token.Pos{fd.Body.Pos(), fd.Body.End()})
				}
			}
		}
		r.copiedBodies = &bodies
	}
	for _, b := range *r.copiedBodies {
		if b[0] <= pos && pos < b[1] {
			return true
		}
	}
	return false
}
