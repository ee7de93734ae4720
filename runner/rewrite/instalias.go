package rewrite

import (
	"fmt"
	"go/ast"
	"go/types"
	"strings"
)

// The interpreter mixes up the places where an instance of a generic type
// is written out: of two literals Pair[string, int]{"x", 1} and
// Pair[string, int]{"y", 2} in one function, the first reads as the zero
// value, and such a literal in a second function panics. Named once, by an
// alias declared at the top level (type _Pair1 = Pair[string, int]) and
// used at each place, the instance runs as Go's. This pass writes each
// instance of a generic type of the script that names its type arguments
// as such an alias, declared after the file's last line, with a /*line*/
// comment keeping the column after it:
//
//	p := Pair[string, int]{"x", 1}   =>   p := _Pair1/*line :12:24*/{"x", 1}
//
// The copies that pass generics writes of the file's generic functions
// name the instances they spell with the same aliases. An instance of a
// type parameter (Pair[K, V] in a generic function) or of a type declared
// in a function is left as it is, and so is the type of an embedded field
// that pass generics leaves generic (see embeddedGenerics).

func instAliases(p *Package, f *ast.File, e *Editor) {
	kept := map[ast.Expr]bool{}
	ast.Inspect(f, func(n ast.Node) bool {
		if st, ok := n.(*ast.StructType); ok {
			for _, fld := range st.Fields.List {
				if _, ok := embeddedInstance(p, fld); ok {
					// the embedded field's name is its type's (see
					// embeddedGenerics); its type argument is named by
					// its alias
					t := fld.Type
					if star, ok := t.(*ast.StarExpr); ok {
						t = star.X
					}
					kept[t] = true
				}
			}
		}
		switch x := n.(type) {
		case *ast.TypeSpec:
			embeddedMethodClash(p, e, x)
		case *ast.SelectorExpr:
			embeddedSeveralArgs(p, e, x.Sel)
		case *ast.KeyValueExpr:
			if id, ok := x.Key.(*ast.Ident); ok {
				embeddedSeveralArgs(p, e, id)
			}
		case *ast.IndexExpr, *ast.IndexListExpr:
			if kept[x.(ast.Expr)] {
				return true
			}
			if name, ok := instanceAlias(p, f, e, x.(ast.Expr), nil); ok {
				end := p.Fset.Position(x.End())
				e.Replace(x.Pos(), x.End(), fmt.Sprintf("%s/*line :%d:%d*/", name, end.Line, end.Column))
				return false
			}
		}
		return true
	})
}

// instanceAlias returns the alias of x where x writes out an instance of
// a generic type of the script, its type parameters (in a copy of a
// generic function) replaced by sub, declaring the alias the first time;
// ok is false for any other x, and where the file's top level cannot name
// the instance.
func instanceAlias(p *Package, f *ast.File, e *Editor, x ast.Expr, sub map[*types.TypeParam]types.Type) (name string, ok bool) {
	tv, found := p.Info.Types[x]
	if !found || !tv.IsType() {
		return "", false
	}
	return aliasOf(p, f, e, substitute(tv.Type, sub))
}

// aliasOf returns the alias of t, an instance of a generic type of the
// script, declaring it the first time, with each type argument that is
// such an instance itself named by its own alias (the interpreter cannot
// compile Stack[Pair[string, int]], but it can Stack[_Pair1]).
func aliasOf(p *Package, f *ast.File, e *Editor, t types.Type) (name string, ok bool) {
	n, isNamed := types.Unalias(t).(*types.Named)
	if !isNamed || n.TypeArgs().Len() == 0 || !interpreted(p, n.Obj().Pkg()) {
		return "", false
	}
	if c := p.copies.of(n); c != nil {
		return c.name, true // written out as a plain type (genericcopies.go)
	}
	generic := n.Obj().Name()
	if n.Obj().Pkg() != p.Types {
		pkg, imported := importNames(p, f)[n.Obj().Pkg().Path()]
		if !imported {
			return "", false
		}
		generic = pkg + "." + generic
	}
	args := make([]string, n.TypeArgs().Len())
	for i := range args {
		a := n.TypeArgs().At(i)
		if args[i], ok = aliasOf(p, f, e, a); ok {
			continue
		}
		if args[i], ok = typeName(p, f, a, true); !ok {
			return "", false
		}
	}
	text := generic + "[" + strings.Join(args, ", ") + "]"
	if name, ok := e.aliases[text]; ok {
		return name, true
	}
	name = e.Name(n.Obj().Name())
	e.aliases[text] = name
	e.Append(fmt.Sprintf("type %s = %s", name, text))
	return name, true
}

// embeddedMethodClash refuses a generic struct type that embeds an
// instance of another generic type of the script for its own type
// parameters (type Named[T any] struct{ Box[T]; ... }) where both declare
// a method of one name, and the package makes an instance of it: the
// interpreter mixes the two methods up, and
// n.Box.Get() called Named's Get, or panicked ("reflect.Set: value of type
// ... is not assignable").
func embeddedMethodClash(p *Package, e *Editor, ts *ast.TypeSpec) {
	st, ok := ts.Type.(*ast.StructType)
	if !ok || ts.TypeParams == nil {
		return
	}
	tn, ok := p.Info.Defs[ts.Name].(*types.TypeName)
	if !ok {
		return
	}
	outer, ok := tn.Type().(*types.Named)
	if !ok || outer.NumMethods() == 0 || !instantiated(p, tn) {
		return
	}
	for _, fld := range st.Fields.List {
		if len(fld.Names) > 0 {
			continue
		}
		t := p.Info.TypeOf(fld.Type)
		if ptr, ok := t.(*types.Pointer); ok {
			t = ptr.Elem()
		}
		inner, ok := types.Unalias(t).(*types.Named)
		if !ok || inner.TypeArgs().Len() == 0 || !interpreted(p, inner.Obj().Pkg()) || !hasTypeParam(inner) {
			continue
		}
		origin := inner.Origin()
		for i := range outer.NumMethods() {
			m := outer.Method(i)
			for j := range origin.NumMethods() {
				if origin.Method(j).Name() != m.Name() {
					continue
				}
				field := origin.Obj().Name()
				e.Refuse(fld.Pos(), "the interpreter mixes up %s's method %s with the one of the %s it embeds, so that a call of one runs the other: name the field (%s %s) and call its methods through it, or give one of the two methods another name",
					ts.Name.Name, m.Name(), types.ExprString(fld.Type), strings.ToLower(field[:1])+field[1:], types.ExprString(fld.Type))
				return
			}
		}
	}
}

// instantiated reports whether the package makes an instance of tn, a
// generic type, outside tn's own declaration and methods.
func instantiated(p *Package, tn *types.TypeName) bool {
	for id, inst := range p.Info.Instances {
		if p.Info.Uses[id] != tn {
			continue
		}
		if n, ok := inst.Type.(*types.Named); ok && !hasTypeParam(n) {
			return true
		}
	}
	return false
}

// embeddedSeveralArgs refuses id where it selects an embedded field of an
// instance of a generic type with several type arguments (e.Pair of type
// Entry struct{ Pair[string, int]; ... }, or the key Pair: of a literal):
// the interpreter gives such a field no name, and e.Pair selected nothing
// ("undefined selector: Pair").
func embeddedSeveralArgs(p *Package, e *Editor, id *ast.Ident) {
	v, ok := p.Info.Uses[id].(*types.Var)
	if !ok || !v.IsField() || !v.Embedded() {
		return
	}
	t := v.Type()
	if ptr, ok := t.(*types.Pointer); ok {
		t = ptr.Elem()
	}
	n, ok := types.Unalias(t).(*types.Named)
	if !ok || n.TypeArgs().Len() < 2 || !interpreted(p, n.Obj().Pkg()) {
		return
	}
	typ := types.TypeString(v.Type(), types.RelativeTo(p.Types))
	e.Refuse(id.Pos(), "the interpreter gives an embedded field of a generic type with several type arguments (%s) no name, so %s selects nothing: give the field a name (%s %s) and select it by that name, or use the fields and methods it promotes",
		typ, id.Name, id.Name, typ)
}
