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
// in a function is left as it is.

func instAliases(p *Package, f *ast.File, e *Editor) {
	ast.Inspect(f, func(n ast.Node) bool {
		switch x := n.(type) {
		case *ast.IndexExpr, *ast.IndexListExpr:
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
