package rewrite

import (
	"go/ast"
	"go/token"
	"go/types"
	"sort"
	"strconv"
	"strings"

	"github.com/socklab/socklab/runner/lift"
)

// The interpreter's assertion to an interface that the script declares
// never matches a value of Go's library: te, ok := err.(interface{
// Timeout() bool }) was false for a *net.OpError, whose Timeout a Go build
// finds. Where lift declares a compiled interface of the same methods
// (lift.Timeouter) and the value asserted is only the receiver of the
// interface's methods or compared with nil, this pass asserts the script's interface first
// (the interpreter answers it for the script's own values) and then
// lift's, whose value the interpreter holds with its methods:
//
//	te, ok := err.(interface{ Timeout() bool })
//	=>   te, ok := func(_ia any) (interface{ Timeout() bool }, bool) { ... }(/*line :20:12*/err)/*line :20:45*/
//
// An assertion of one value panics with Go's message where the value of
// Go's library lacks a method (lift.AssertionError), and a type switch's
// case of such an interface lists lift's beside it. runner/refuse refuses
// the others (AssertionLifts says which).

func ifAsserts(p *Package, f *ast.File, e *Editor) {
	for n, l := range AssertionLifts(p.Fset, p.Info, p.Script, p.Types, []*ast.File{f}) {
		switch n := n.(type) {
		case *ast.TypeAssertExpr:
			iface := e.Text(n.Type.Pos(), n.Type.End())
			e.Insert(n.X.Pos(), liftedAssertion(p, e, iface, p.Info.TypeOf(n.Type), l.Name, l.CommaOK, n.Lparen-1)+"("+lineDirective(p, n.X.Pos()))
			e.Replace(n.X.End(), n.End(), ")"+lineDirective(p, n.End()))
		case *ast.CallExpr: // errors.As(err, &t)
			t := n.Args[1].(*ast.UnaryExpr).X.(*ast.Ident)
			it := p.Info.TypeOf(t)
			iface := types.TypeString(it, func(q *types.Package) string {
				if q == p.Types {
					return ""
				}
				return q.Name()
			})
			e.Replace(n.Fun.Pos(), n.Fun.End(), e.Import(lift.Package)+".ErrorsAsFunc"+lineDirective(p, n.Fun.End()))
			e.InsertFirst(n.Rparen, ", func(e error) bool { v, ok := "+liftedAssertion(p, e, iface, it, l.Name, true, n.Pos())+"(e); if ok { "+t.Name+" = v }; return ok }"+lineDirective(p, n.Rparen))
		}
	}
}

// liftedAssertion returns a function literal that asserts its operand to
// the script's interface t, spelled iface, and then to lift's of the same
// methods, named name: of the comma-ok form, or of one value that panics
// with Go's message, placed at pos.
func liftedAssertion(p *Package, e *Editor, iface string, t types.Type, name string, commaOK bool, pos token.Pos) string {
	l := e.Import(lift.Package)
	if commaOK {
		return "func(_ia any) (" + iface + ", bool) { if _ia == nil { return nil, false }; if v, ok := _ia.(" + iface + "); ok { return v, true }; if v, ok := _ia.(" + l + "." + name + "); ok { return v, true }; return nil, false }"
	}
	args := []string{strconv.Quote(runtimeTypeString(t))}
	for _, m := range methodSet(t) {
		args = append(args, strconv.Quote(m))
	}
	return "func(_ia any) " + iface + " { if _ia != nil { if v, ok := _ia.(" + iface + "); ok { return v }; if v, ok := _ia.(" + l + "." + name + "); ok { return v } }; if m := " + l + ".AssertionError(_ia, " + strings.Join(args, ", ") + "); m != \"\" { " + lineDirective(p, pos) + "panic(" + l + ".ConversionError(m)) }; return _ia.(" + iface + ") }"
}

// An AssertionLift is an assertion or case that pass ifassert lifts.
type AssertionLift struct {
	Name    string // lift's interface of the same methods
	CommaOK bool   // the assertion's comma-ok form
	// GoPanic says that a failed assertion of one value panics with Go's
	// message: no type of the script can be the operand's dynamic type,
	// whose assertion the interpreter answers with a message of its own.
	GoPanic bool
}

// AssertionLifts returns the assertions (the *ast.TypeAssertExpr) and type
// switch cases (the case's type expression), and the calls of errors.As,
// of files to an interface that the script declares which pass ifassert
// lifts, each with the name of lift's interface of the same methods. It
// lifts those whose value is only the receiver of the interface's methods
// or compared with nil: the interpreter holds a
// value asserted to lift's interface with that interface's methods, and
// an assertion of it to another type would not see its own type.
func AssertionLifts(fset *token.FileSet, info *types.Info, script []*types.Package, pkg *types.Package, files []*ast.File) map[ast.Node]AssertionLift {
	sets := lift.MethodSets()
	lifts := map[ast.Node]AssertionLift{}
	for _, f := range files {
		parents := map[ast.Node]ast.Node{}
		var stack []ast.Node
		ast.Inspect(f, func(n ast.Node) bool {
			if n == nil {
				stack = stack[:len(stack)-1]
				return true
			}
			if len(stack) > 0 {
				parents[n] = stack[len(stack)-1]
			}
			stack = append(stack, n)
			return true
		})
		ast.Inspect(f, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.TypeAssertExpr:
				if n.Type == nil {
					return true
				}
				name, ok := liftedInterface(info, script, pkg, sets, n.Type)
				if !ok || !onOneLine(fset, n) {
					return true
				}
				if commaOK, only := receiverOnly(info, f, parents, n); only {
					lifts[n] = AssertionLift{name, commaOK, !commaOK && !scriptImplements(script, pkg, info.TypeOf(n.X))}
				}
			case *ast.CallExpr:
				if t, ok := asTarget(info, n); ok && onOneLine(fset, n) {
					name, ok := liftedInterface(info, script, pkg, sets, t)
					if ok && usesReceiverOnly(info, f, parents, info.Uses[t]) {
						lifts[n] = AssertionLift{Name: name, CommaOK: true}
					}
				}
			case *ast.TypeSwitchStmt:
				for _, c := range n.Body.List {
					c := c.(*ast.CaseClause)
					for _, t := range c.List {
						name, ok := liftedInterface(info, script, pkg, sets, t)
						if !ok {
							continue
						}
						if obj := info.Implicits[c]; len(c.List) > 1 || obj == nil || usesReceiverOnly(info, f, parents, obj) {
							lifts[t] = AssertionLift{Name: name, CommaOK: true}
						}
					}
				}
			}
			return true
		})
	}
	return lifts
}

// liftedInterface returns the name of lift's interface with the methods
// of the interface that the type expression t names, where the script
// declares it (by name or as a literal) and lift has one.
func liftedInterface(info *types.Info, script []*types.Package, pkg *types.Package, sets map[string]string, t ast.Expr) (string, bool) {
	typ := info.TypeOf(t)
	if typ == nil {
		return "", false
	}
	it, ok := typ.Underlying().(*types.Interface)
	if !ok || it.NumMethods() == 0 {
		return "", false
	}
	if n, ok := types.Unalias(typ).(*types.Named); ok {
		if n.Obj().Pkg() == nil || (n.Obj().Pkg() != pkg && !contains(script, n.Obj().Pkg())) {
			return "", false
		}
	}
	name, ok := sets[lift.MethodSet(methodSet(typ))]
	return name, ok
}

func contains(pkgs []*types.Package, pkg *types.Package) bool {
	for _, p := range pkgs {
		if p == pkg {
			return true
		}
	}
	return false
}

// methodSet returns the methods of the interface t as lift.MethodSet
// takes them: "Timeout func() bool", packages by name, results and
// parameters without their names, as reflect spells them.
func methodSet(t types.Type) []string {
	it := t.Underlying().(*types.Interface)
	var ms []string
	for i := range it.NumMethods() {
		m := it.Method(i)
		ms = append(ms, m.Name()+" "+types.TypeString(unnamed(m.Type().(*types.Signature)), func(p *types.Package) string { return p.Name() }))
	}
	return ms
}

// runtimeTypeString spells t as Go's runtime does in a panic's message:
// main.temporary, interface { Temporary() bool; Timeout() bool }.
func runtimeTypeString(t types.Type) string {
	if n, ok := types.Unalias(t).(*types.Named); ok {
		return n.Obj().Pkg().Name() + "." + n.Obj().Name()
	}
	var ms []string
	for _, m := range methodSet(t) {
		name, sig, _ := strings.Cut(m, " ")
		ms = append(ms, name+strings.TrimPrefix(sig, "func"))
	}
	sort.Strings(ms)
	return "interface { " + strings.Join(ms, "; ") + " }"
}

func onOneLine(fset *token.FileSet, n ast.Node) bool {
	return fset.Position(n.Pos()).Line == fset.Position(n.End()).Line
}

// receiverOnly reports whether the value of the assertion a is only the
// receiver of its interface's methods: a.(I).M(), or a variable that it
// declares (v := x.(I), v, ok := x.(I)) whose every use is v.M; and
// whether a is of the comma-ok form.
func receiverOnly(info *types.Info, f *ast.File, parents map[ast.Node]ast.Node, a *ast.TypeAssertExpr) (commaOK, only bool) {
	parent := parents[a]
	for {
		pe, ok := parent.(*ast.ParenExpr)
		if !ok {
			break
		}
		parent = parents[pe]
	}
	switch parent := parent.(type) {
	case *ast.SelectorExpr:
		return false, isMethod(info, parent)
	case *ast.AssignStmt:
		if parent.Tok != token.DEFINE || len(parent.Rhs) != 1 {
			return false, false
		}
		return len(parent.Lhs) == 2, definedReceiverOnly(info, f, parents, parent.Lhs[0])
	case *ast.ValueSpec:
		if len(parent.Values) != 1 || parent.Type != nil {
			return false, false
		}
		return len(parent.Names) == 2, definedReceiverOnly(info, f, parents, parent.Names[0])
	}
	return false, false
}

// definedReceiverOnly reports whether lhs is _ or a variable it declares
// whose every use is the receiver of a method.
func definedReceiverOnly(info *types.Info, f *ast.File, parents map[ast.Node]ast.Node, lhs ast.Expr) bool {
	id, ok := lhs.(*ast.Ident)
	if !ok {
		return false
	}
	if id.Name == "_" {
		return true
	}
	obj := info.Defs[id]
	if obj == nil {
		return false
	}
	return usesReceiverOnly(info, f, parents, obj)
}

// asTarget returns t of a call errors.As(err, &t) whose t is a variable
// that the file declares, by name.
func asTarget(info *types.Info, call *ast.CallExpr) (*ast.Ident, bool) {
	if !isErrorsAs(info, call) || len(call.Args) != 2 {
		return nil, false
	}
	u, ok := call.Args[1].(*ast.UnaryExpr)
	if !ok || u.Op != token.AND {
		return nil, false
	}
	id, ok := u.X.(*ast.Ident)
	if !ok {
		return nil, false
	}
	v, ok := info.Uses[id].(*types.Var)
	return id, ok && v.Parent() != nil && v.Parent() != v.Pkg().Scope()
}

// isErrorsAs reports whether call calls errors.As.
func isErrorsAs(info *types.Info, call *ast.CallExpr) bool {
	sel, ok := call.Fun.(*ast.SelectorExpr)
	if !ok {
		return false
	}
	fn, ok := info.Uses[sel.Sel].(*types.Func)
	return ok && fn.Pkg() != nil && fn.Pkg().Path() == "errors" && fn.Name() == "As"
}

// usesReceiverOnly reports whether each use of obj in f is the receiver
// of a method, an operand compared with nil, or the target of errors.As
// (&obj) that pass ifassert lifts.
func usesReceiverOnly(info *types.Info, f *ast.File, parents map[ast.Node]ast.Node, obj types.Object) bool {
	only := true
	ast.Inspect(f, func(n ast.Node) bool {
		id, ok := n.(*ast.Ident)
		if !ok || info.Uses[id] != obj {
			return only
		}
		if u, ok := parents[id].(*ast.UnaryExpr); ok && u.Op == token.AND {
			if call, ok := parents[u].(*ast.CallExpr); ok && len(call.Args) == 2 && call.Args[1] == u && isErrorsAs(info, call) {
				return only
			}
		}
		if b, ok := parents[id].(*ast.BinaryExpr); ok && (b.Op == token.EQL || b.Op == token.NEQ) && (isNil(info, b.X) || isNil(info, b.Y)) {
			return only
		}
		sel, ok := parents[id].(*ast.SelectorExpr)
		if !ok || sel.X != id || !isMethod(info, sel) {
			only = false
		}
		return only
	})
	return only
}

func isMethod(info *types.Info, sel *ast.SelectorExpr) bool {
	s, ok := info.Selections[sel]
	return ok && (s.Kind() == types.MethodVal)
}

// scriptImplements reports whether a type that the script declares at
// the top level of a package, or a pointer to it, implements the
// interface t (any type does where t is not an interface).
func scriptImplements(script []*types.Package, pkg *types.Package, t types.Type) bool {
	it, ok := t.Underlying().(*types.Interface)
	if !ok {
		return true
	}
	for _, s := range append([]*types.Package{pkg}, script...) {
		for _, name := range s.Scope().Names() {
			tn, ok := s.Scope().Lookup(name).(*types.TypeName)
			if !ok || types.IsInterface(tn.Type()) {
				continue
			}
			if types.Implements(tn.Type(), it) || types.Implements(types.NewPointer(tn.Type()), it) {
				return true
			}
		}
	}
	return false
}

// isNil reports whether e is the predeclared nil.
func isNil(info *types.Info, e ast.Expr) bool {
	tv, ok := info.Types[e]
	return ok && tv.IsNil()
}
