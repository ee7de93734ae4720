package refuse

import (
	"go/ast"
	"go/types"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/socklab/socklab/runner/rewrite"
)

// lookalikeCases refuses the type switch cases and type assertions of a
// type that the interpreter cannot tell from another type of the script:
// it gives a type the script declares the runtime form of its underlying
// type (reflect cannot make named types), with unexported field names
// made exported, so that type A struct{ V int } and type B struct{ V int }
// are one type at run time, and so are type List []int and []int; a value
// of either matches the case of the first. (A type declared on a basic
// type, runner/rewrite makes a compiled type of its own.)
func lookalikeCases(r *reporter) {
	var forms map[string][]types.Type
	check := func(e ast.Expr, what string) {
		t := r.typeOf(e)
		if t == nil || types.IsInterface(t) {
			return
		}
		if forms == nil {
			forms = r.runtimeForms()
		}
		for _, u := range forms[runtimeForm(r.pkg, t, map[types.Type]bool{})] {
			if types.Identical(u, t) {
				continue
			}
			name, other := types.TypeString(t, types.RelativeTo(r.pkg)), types.TypeString(u, types.RelativeTo(r.pkg))
			instead := "switch on a value of a struct type of its own that holds it"
			if _, ok := t.Underlying().(*types.Struct); ok {
				instead = "give " + name + " a field of its own"
				if _, ok := u.Underlying().(*types.Struct); ok && r.declared(u) {
					instead = "give " + name + " or " + other + " a field of its own"
				}
			}
			r.refuse(e.Pos(), "%sthe interpreter cannot tell %s from %s in a %s, since it makes them one type (it keeps no type names): %s", caseLabel(what, name), name, other, what, instead)
			return
		}
	}
	r.inspect(func(n ast.Node, _ []ast.Node) bool {
		switch n := n.(type) {
		case *ast.TypeSwitchStmt:
			for _, c := range n.Body.List {
				for _, e := range c.(*ast.CaseClause).List {
					check(e, "type switch")
				}
			}
		case *ast.TypeAssertExpr:
			if n.Type != nil {
				check(n.Type, "type assertion")
			}
		}
		return true
	})
}

func caseLabel(what, name string) string {
	if what == "type switch" {
		return "case " + name + ": "
	}
	return ""
}

// runtimeForms returns the types of the package's values and the types it
// declares, but interfaces, by their runtime form in the interpreter.
func (r *reporter) runtimeForms() map[string][]types.Type {
	forms := map[string][]types.Type{}
	add := func(t types.Type) {
		if t == nil || types.IsInterface(t) {
			return
		}
		if _, ok := t.(*types.Tuple); ok {
			return
		}
		key := runtimeForm(r.pkg, t, map[types.Type]bool{})
		for _, u := range forms[key] {
			if types.Identical(u, t) {
				return
			}
		}
		forms[key] = append(forms[key], t)
	}
	for _, tv := range r.info.Types {
		if tv.IsValue() {
			add(tv.Type)
		}
	}
	for _, obj := range r.info.Defs {
		if tn, ok := obj.(*types.TypeName); ok {
			add(tn.Type())
		}
	}
	return forms
}

// runtimeForm spells t as the interpreter makes it at run time: a type
// that pkg declares as its underlying type (but one of rewrite's pool),
// an unexported field name with an X before it.
func runtimeForm(pkg *types.Package, t types.Type, seen map[types.Type]bool) string {
	switch t := types.Unalias(t).(type) {
	case *types.Named:
		if t.Obj().Pkg() != pkg || rewrite.Pooled(t.Obj()) || types.IsInterface(t) {
			return types.TypeString(t, nil)
		}
		if seen[t] {
			return "@"
		}
		seen[t] = true
		defer delete(seen, t)
		return runtimeForm(pkg, t.Underlying(), seen)
	case *types.Pointer:
		return "*" + runtimeForm(pkg, t.Elem(), seen)
	case *types.Slice:
		return "[]" + runtimeForm(pkg, t.Elem(), seen)
	case *types.Array:
		return "[" + strconv.FormatInt(t.Len(), 10) + "]" + runtimeForm(pkg, t.Elem(), seen)
	case *types.Map:
		return "map[" + runtimeForm(pkg, t.Key(), seen) + "]" + runtimeForm(pkg, t.Elem(), seen)
	case *types.Chan:
		return "chan(" + strconv.Itoa(int(t.Dir())) + ") " + runtimeForm(pkg, t.Elem(), seen)
	case *types.Signature:
		var b strings.Builder
		b.WriteString("func(")
		for i := range t.Params().Len() {
			b.WriteString(runtimeForm(pkg, t.Params().At(i).Type(), seen) + ",")
		}
		b.WriteString(")(")
		for i := range t.Results().Len() {
			b.WriteString(runtimeForm(pkg, t.Results().At(i).Type(), seen) + ",")
		}
		return b.String() + ")" + strconv.FormatBool(t.Variadic())
	case *types.Struct:
		var b strings.Builder
		b.WriteString("struct{")
		for i := range t.NumFields() {
			f := t.Field(i)
			name := f.Name()
			if r, _ := utf8.DecodeRuneInString(name); !unicode.IsUpper(r) {
				name = "X" + name
			}
			b.WriteString(name + " " + runtimeForm(pkg, f.Type(), seen) + " " + strconv.Quote(t.Tag(i)) + ";")
		}
		return b.String() + "}"
	}
	return types.TypeString(t, nil)
}
