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
	if f == p.Files[0] {
		setMethods(p, e, pool)
	}
	methodsAsFunctions(p, f, e, pool)
	e.Later(func() {
		pooledBools(p, f, e, pool)
		pooledConstants(p, f, e, pool)
		pooledSpreads(p, f, e, pool)
	})
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
// type as Go spells it; for a type with methods, the name of the function
// that hands the pool's type the script's methods, and the methods.
type poolSlot struct {
	name, under string
	set         string
	methods     []string // "String", "Error", in that order
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
			under, methods, ok := poolable(tn)
			if !ok {
				continue
			}
			slot := poolSlot{under: under, methods: methods}
			family := strings.Join(methods, "")
			key := under + " " + family
			if family == "" {
				slot.name, _ = lift.Named(under, next[key])
			} else {
				slot.name, slot.set, _ = lift.NamedMethods(under, family, next[key])
			}
			next[key]++
			pool[tn] = slot
		}
	}
	return pool
}

// Pooled reports whether the pass makes tn a type of lift's pool: a type
// the script declares at the top level, on a basic type or []byte, with
// no methods but String and Error (unless the script declares more such
// types on one underlying type than the pool holds: the pass refuses the
// cases and assertions of those).
func Pooled(tn *types.TypeName) bool {
	_, _, ok := poolable(tn)
	return ok && tn.Pkg() != nil && tn.Parent() == tn.Pkg().Scope()
}

// poolable returns how Go spells the underlying type of tn, and the
// names of its methods, if tn is a defined type, with no type
// parameters, on a basic type or []byte, whose methods are at most
// String() string and Error() string, with value receivers: those that
// the pool's types have (and no struct type of its package embeds it).
func poolable(tn *types.TypeName) (string, []string, bool) {
	if tn.IsAlias() {
		return "", nil, false
	}
	n, ok := tn.Type().(*types.Named)
	if !ok || n.TypeParams().Len() > 0 {
		return "", nil, false
	}
	methods, ok := poolMethods(n)
	if !ok || len(methods) > 0 && Embedded(tn) {
		return "", nil, false
	}
	switch u := n.Underlying().(type) {
	case *types.Basic:
		if u.Info()&types.IsUntyped != 0 || u.Kind() == types.UnsafePointer || u.Kind() == types.Invalid {
			return "", nil, false
		}
		return u.Name(), methods, true
	case *types.Slice:
		if b, ok := u.Elem().(*types.Basic); ok && b.Kind() == types.Uint8 {
			return "[]byte", methods, true
		}
	}
	return "", nil, false
}

// PoolMethods reports whether n's methods are those a type of lift's pool
// can have: String() string and Error() string with value receivers.
func PoolMethods(n *types.Named) bool {
	_, ok := poolMethods(n)
	return ok
}

// poolMethods returns the names of n's methods, String before Error, if
// each is String() string or Error() string with a value receiver.
func poolMethods(n *types.Named) ([]string, bool) {
	var has [2]bool
	for i := range n.NumMethods() {
		m := n.Method(i)
		sig := m.Type().(*types.Signature)
		if _, ptr := sig.Recv().Type().(*types.Pointer); ptr || sig.Params().Len() > 0 || sig.Results().Len() != 1 || !types.Identical(sig.Results().At(0).Type(), types.Typ[types.String]) {
			return nil, false
		}
		switch m.Name() {
		case "String":
			has[0] = true
		case "Error":
			has[1] = true
		default:
			return nil, false
		}
	}
	var names []string
	for i, name := range []string{"String", "Error"} {
		if has[i] {
			names = append(names, name)
		}
	}
	return names, true
}

// Embedded reports whether a struct type declared at the top level of
// tn's package embeds tn or *tn: the interpreter's struct type would not
// have the methods of a type of lift's pool it embeds beside other fields,
// so such a type keeps its declaration (and its cases stay refused).
func Embedded(tn *types.TypeName) bool {
	if tn.Pkg() == nil {
		return false
	}
	scope := tn.Pkg().Scope()
	for _, name := range scope.Names() {
		other, ok := scope.Lookup(name).(*types.TypeName)
		if !ok {
			continue
		}
		s, ok := other.Type().Underlying().(*types.Struct)
		if !ok {
			continue
		}
		for i := range s.NumFields() {
			f := s.Field(i)
			t := f.Type()
			if p, ok := t.(*types.Pointer); ok {
				t = p.Elem()
			}
			if n, ok := types.Unalias(t).(*types.Named); f.Embedded() && ok && n.Obj() == tn {
				return true
			}
		}
	}
	return false
}

// methodFunc is the name of the function that method m of the pooled
// type tn becomes.
func methodFunc(tn *types.TypeName, m string) string {
	return "_sl" + tn.Name() + "_" + m
}

// methodsAsFunctions writes each method of a pooled type that f declares
// as a function that takes the receiver as its first parameter, since the
// pool's type is not the script's to declare methods on:
//
//	func (k Kind) String() string {   =>   func _slKind_String(k Kind) string {
func methodsAsFunctions(p *Package, f *ast.File, e *Editor, pool map[*types.TypeName]poolSlot) {
	for _, d := range f.Decls {
		fd, ok := d.(*ast.FuncDecl)
		if !ok || fd.Recv == nil || len(fd.Recv.List) != 1 {
			continue
		}
		fn, _ := p.Info.Defs[fd.Name].(*types.Func)
		if fn == nil {
			continue
		}
		n, ok := types.Unalias(fn.Type().(*types.Signature).Recv().Type()).(*types.Named)
		if !ok {
			continue
		}
		if slot, ok := pool[n.Obj()]; !ok || slot.set == "" {
			continue
		}
		recv := e.Text(fd.Recv.Opening+1, fd.Recv.Closing)
		open := fd.Type.Params.Opening
		e.Replace(fd.Recv.Opening, open+1, methodFunc(n.Obj(), fd.Name.Name)+"("+recv+lineDirective(p, open+1))
	}
}

// setMethods hands the pool's type of each type of the package with
// methods the functions its methods become, in variables declared after
// the imports of the package's first file, so that they are set before
// any variable that the script declares, in whichever of its files: a
// variable's initialiser may print a value of a type of a later file.
func setMethods(p *Package, e *Editor, pool map[*types.TypeName]poolSlot) {
	for _, f := range p.Files {
		for _, d := range f.Decls {
			gd, ok := d.(*ast.GenDecl)
			if !ok || gd.Tok != token.TYPE {
				continue
			}
			for _, s := range gd.Specs {
				tn, _ := p.Info.Defs[s.(*ast.TypeSpec).Name].(*types.TypeName)
				slot, ok := pool[tn]
				if !ok || slot.name == "" || slot.set == "" {
					continue
				}
				var fns []string
				for _, m := range slot.methods {
					fns = append(fns, methodFunc(tn, m))
				}
				e.Declare("var " + e.Name("methods") + " = " + e.Import(lift.NamedPackage) + "." + slot.set + "(" + strings.Join(fns, ", ") + ")")
			}
		}
	}
}

// pooledConstants writes each constant expression of a pooled type that
// names a constant, and each other one where reflect takes it (see
// pooledLiteral), as a conversion to its type, where Go does not need a
// constant. It runs after the other passes, so that their insertions at
// the expression's ends stay outside the conversion.
func pooledConstants(p *Package, f *ast.File, e *Editor, pool map[*types.TypeName]poolSlot) {
	ast.PreorderStack(f, nil, func(n ast.Node, stack []ast.Node) bool {
		if gd, ok := n.(*ast.GenDecl); ok && gd.Tok == token.CONST || constantNeeded(p, n, stack) {
			return false
		}
		if x, ok := n.(ast.Expr); ok && p.Info.Types[x].Value != nil {
			name, ok := pooledConstant(p, f, x, pool)
			literal := false
			if !ok {
				name, ok = pooledLiteral(p, f, x, stack, pool)
				literal = ok
			}
			if ok {
				switch text := e.Text(x.Pos(), x.End()); {
				case minMaxConstant(p, x):
					// pass minmax wrote its value converted to its type
				case literal && e.replacedAcross(x.Pos(), x.End()):
					// inside what another pass wrote anew: left as it was
				case e.replacedAcross(x.Pos(), x.End()):
					e.Refuse(x.Pos(), "the interpreter loses the type %s of this constant here: assign it to a variable of type %s first", name, name)
				case strings.ContainsAny(text, "\n\r") || e.editedInside(x.Pos(), x.End()):
					// over several lines, which no edit may add, or
					// edited inside (min(Boiling, 37.5) + 1)
					e.Insert(x.Pos(), name+"("+lineDirective(p, x.Pos()))
					e.InsertFirst(x.End(), ")"+lineDirective(p, x.End()))
				default:
					e.Replace(x.Pos(), x.End(), name+"("+text+")"+lineDirective(p, x.End()))
				}
			}
			return false // a constant of another type the interpreter keeps as Go does
		}
		return true
	})
}

// minMaxConstant reports whether x is a call of min or max whose value is
// a constant, which pass minmax replaces by that value converted to its
// type.
func minMaxConstant(p *Package, x ast.Expr) bool {
	call, ok := ast.Unparen(x).(*ast.CallExpr)
	if !ok {
		return false
	}
	b := builtinName(p.Info, call)
	return (b == "min" || b == "max") && p.Info.Types[call].Value != nil
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

// pooledSpreads converts each slice of a type of lift's pool (type Raw
// []byte) that a call spreads into a variadic parameter (sum(raw...)) to
// its underlying slice type, which Go's spread passes as it is (the same
// elements): the interpreter handed a function of the script the slice
// whole as its first element, and reflect panicked (value of type
// main.Raw is not assignable to type uint8).
//
//	sum(raw...)   =>   sum([]byte(raw)...)
func pooledSpreads(p *Package, f *ast.File, e *Editor, pool map[*types.TypeName]poolSlot) {
	ast.Inspect(f, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok || !call.Ellipsis.IsValid() || len(call.Args) == 0 {
			return true
		}
		last := call.Args[len(call.Args)-1]
		named, ok := types.Unalias(p.Info.TypeOf(last)).(*types.Named)
		if !ok {
			return true
		}
		slice, ok := named.Underlying().(*types.Slice)
		if slot, pooled := pool[named.Obj()]; !ok || !pooled || slot.name == "" {
			return true
		}
		e.Insert(last.Pos(), "[]"+types.TypeString(slice.Elem(), nil)+"("+lineDirective(p, last.Pos()))
		e.InsertFirst(last.End(), ")"+lineDirective(p, last.End()))
		return true
	})
}
