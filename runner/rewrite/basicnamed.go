package rewrite

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"strings"

	"github.com/socklab/socklab/runner/lift"
)

// The interpreter makes a type the script declares on a basic type the
// basic type itself, so that a type switch, a type assertion and == of
// interfaces cannot tell Celsius from float64 (see lift.Named). This pass
// declares each such type of the package, without methods, as an alias of
// a compiled type of lift's pool, a type of its own for each the script
// declares on one underlying type:
//
//	type Celsius float64   =>   type Celsius = _sl1.Float64_1
//
// The interpreter gives a named constant of a compiled type its basic
// type where it becomes an interface (var v any = Freezing) and cannot
// index a map with it, so each constant expression of such a type that
// names a constant is written as a conversion, where Go does not need a
// constant: Freezing => Celsius(Freezing). The pool is numbered across
// the script's packages (Package.Script), so that no two of their types
// share one of its types.
func init() { register(Pass{Name: "basicnamed", Run: basicNamed}) }

func basicNamed(p *Package, f *ast.File, e *Editor) {
	pool := basicPool(p)
	if len(pool) == 0 {
		return
	}
	for _, d := range f.Decls {
		gd, ok := d.(*ast.GenDecl)
		if !ok || gd.Tok != token.TYPE {
			continue
		}
		for _, s := range gd.Specs {
			ts := s.(*ast.TypeSpec)
			tn, _ := p.Info.Defs[ts.Name].(*types.TypeName)
			slot, ok := pool[tn]
			if !ok {
				continue
			}
			if slot.name == "" {
				continue // left as it is, and refused where a case or assertion names it
			}
			e.Replace(ts.Type.Pos(), ts.Type.End(), "= "+e.Import(lift.NamedPackage)+"."+slot.name+lineDirective(p, ts.Type.End()))
		}
	}
	e.Later(func() { pooledConstants(p, f, e, pool) })
	pastPool(p, f, e, pool)
}

// pastPool refuses the type switch cases and type assertions of a type
// past the end of the pool, which the interpreter cannot tell from its
// underlying type.
func pastPool(p *Package, f *ast.File, e *Editor, pool map[*types.TypeName]poolSlot) {
	check := func(x ast.Expr) {
		n, ok := types.Unalias(p.Info.TypeOf(x)).(*types.Named)
		if !ok {
			return
		}
		if slot, ok := pool[n.Obj()]; ok && slot.name == "" {
			e.Refuse(x.Pos(), "the interpreter cannot tell apart more than %d types that the script declares on %s, and %s is one more: declare it as a struct (type %s struct{ V %s })",
				lift.NamedPerType, slot.under, n.Obj().Name(), n.Obj().Name(), slot.under)
		}
	}
	ast.Inspect(f, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.TypeSwitchStmt:
			for _, c := range n.Body.List {
				for _, x := range c.(*ast.CaseClause).List {
					check(x)
				}
			}
		case *ast.TypeAssertExpr:
			if n.Type != nil {
				check(n.Type)
			}
		}
		return true
	})
}

// lineDirective returns a comment that gives the text after it the
// position pos, so that the columns of the rest of an edited line stay the
// student's.
func lineDirective(p *Package, pos token.Pos) string {
	at := p.Fset.Position(pos)
	return fmt.Sprintf("/*line :%d:%d*/", at.Line, at.Column)
}

// PoolNames returns, for the types of p that the pass makes types of
// lift's pool, the name reflect gives the pool's type (lift.Float64_1)
// and the one Go gives the script's (main.Celsius), so that messages can
// name the script's.
func PoolNames(p *Package) map[string]string {
	names := map[string]string{}
	for tn, slot := range basicPool(p) {
		if slot.name != "" && tn.Pkg() == p.Types {
			names["lift."+slot.name] = tn.Pkg().Name() + "." + tn.Name()
		}
	}
	return names
}

// A poolSlot is the type of lift's pool that a type of the script becomes:
// its name there ("" where the pool has none left) and the underlying
// type as Go spells it.
type poolSlot struct {
	name, under string
}

// basicPool returns the types of the script's packages, declared at their
// top level on a basic type or on []byte and without methods, with the
// type of lift's pool that each becomes.
func basicPool(p *Package) map[*types.TypeName]poolSlot {
	pkgs := slices.Clone(p.Script)
	if !slices.Contains(pkgs, p.Types) {
		pkgs = append(pkgs, p.Types)
	}
	slices.SortFunc(pkgs, func(a, b *types.Package) int { return strings.Compare(a.Path(), b.Path()) })
	pool := map[*types.TypeName]poolSlot{}
	next := map[string]int{}
	for _, pkg := range pkgs {
		scope := pkg.Scope()
		for _, name := range scope.Names() {
			tn, ok := scope.Lookup(name).(*types.TypeName)
			if !ok {
				continue
			}
			under, ok := poolable(tn)
			if !ok {
				continue
			}
			slot := poolSlot{under: under}
			slot.name, _ = lift.Named(under, next[under])
			next[under]++
			pool[tn] = slot
		}
	}
	return pool
}

// Pooled reports whether the pass makes tn a type of lift's pool: a type
// the script declares at the top level, on a basic type or []byte, with
// no methods (unless the script declares more such types on one
// underlying type than the pool holds: the pass refuses the cases and
// assertions of those).
func Pooled(tn *types.TypeName) bool {
	_, ok := poolable(tn)
	return ok && tn.Pkg() != nil && tn.Parent() == tn.Pkg().Scope()
}

// poolable returns how Go spells the underlying type of tn if tn is a
// defined type, with no type parameters and no methods, on a basic type
// or []byte.
func poolable(tn *types.TypeName) (string, bool) {
	if tn.IsAlias() {
		return "", false
	}
	n, ok := tn.Type().(*types.Named)
	if !ok || n.TypeParams().Len() > 0 || n.NumMethods() > 0 {
		return "", false
	}
	switch u := n.Underlying().(type) {
	case *types.Basic:
		if u.Info()&types.IsUntyped != 0 || u.Kind() == types.UnsafePointer || u.Kind() == types.Invalid {
			return "", false
		}
		return u.Name(), true
	case *types.Slice:
		if b, ok := u.Elem().(*types.Basic); ok && b.Kind() == types.Uint8 {
			return "[]byte", true
		}
	}
	return "", false
}

// pooledConstants writes each constant expression of a pooled type that
// names a constant as a conversion to its type, where Go does not need a
// constant. It runs after the other passes, so that their insertions at
// the expression's ends stay outside the conversion.
func pooledConstants(p *Package, f *ast.File, e *Editor, pool map[*types.TypeName]poolSlot) {
	ast.PreorderStack(f, nil, func(n ast.Node, stack []ast.Node) bool {
		if gd, ok := n.(*ast.GenDecl); ok && gd.Tok == token.CONST || constantNeeded(p, n, stack) {
			return false
		}
		if x, ok := n.(ast.Expr); ok && p.Info.Types[x].Value != nil {
			if name, ok := pooledConstant(p, f, x, pool); ok {
				if e.editedInside(x.Pos(), x.End()) {
					e.Refuse(x.Pos(), "the interpreter loses the type %s of this constant here: assign it to a variable of type %s first", name, name)
				} else {
					e.Replace(x.Pos(), x.End(), name+"("+e.Text(x.Pos(), x.End())+")"+lineDirective(p, x.End()))
				}
			}
			return false // a constant of another type the interpreter keeps as Go does
		}
		return true
	})
}

// constantNeeded reports whether Go needs n to be a constant: as an
// array's length, or as the index of an element of an array or slice
// literal (a const declaration is left whole).
func constantNeeded(p *Package, n ast.Node, stack []ast.Node) bool {
	if len(stack) == 0 {
		return false
	}
	switch parent := stack[len(stack)-1].(type) {
	case *ast.ArrayType:
		return parent.Len == n
	case *ast.KeyValueExpr:
		if parent.Key != n || len(stack) < 2 {
			return false
		}
		if lit, ok := stack[len(stack)-2].(*ast.CompositeLit); ok {
			if t := p.Info.TypeOf(lit); t != nil {
				switch t.Underlying().(type) {
				case *types.Array, *types.Slice:
					return true
				}
			}
		}
	}
	return false
}

// pooledConstant returns how f spells the type of x if x is a constant
// expression of a pooled type that names a constant and is not already a
// conversion to it.
func pooledConstant(p *Package, f *ast.File, x ast.Expr, pool map[*types.TypeName]poolSlot) (string, bool) {
	tv, ok := p.Info.Types[x]
	if !ok || tv.Value == nil {
		return "", false
	}
	n, ok := types.Unalias(tv.Type).(*types.Named)
	if !ok {
		return "", false
	}
	if _, ok := pool[n.Obj()]; !ok {
		return "", false
	}
	if call, ok := x.(*ast.CallExpr); ok && p.Info.Types[call.Fun].IsType() {
		return "", false
	}
	named := false
	ast.Inspect(x, func(m ast.Node) bool {
		if id, ok := m.(*ast.Ident); ok {
			if _, ok := p.Info.Uses[id].(*types.Const); ok {
				named = true
			}
		}
		return !named
	})
	if !named {
		return "", false
	}
	return typeName(p, f, tv.Type, false)
}
