package rewrite

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"github.com/socklab/socklab/runner/lift"
)

// A go statement whose callee is neither a function literal, nor a
// function the package declares at the top level (pass gopanic), nor a
// method (pass gocallee, which calls it on the receiver the statement
// evaluated, of the script's type or of Go's library) starts, in a package that panics
// with a value other than a string, a function that takes the callee as it
// takes the arguments, evaluated at the statement as Go evaluates them,
// and calls it under a deferred call that reports a panic nothing stopped
// (see goPanics): a function value, a generic function (its instance, as
// the statement's type information has it), a method expression, and a
// function of Go's library that may call the script's code back (an
// argument of a function or interface type). Where the
// callee's type can be written at the top level of the file, the function
// is declared after its last line; elsewhere (a type declared in a
// function, a type parameter) it is a literal, made in a frame of its own
// by one that takes the callee, in a variable of a block around the
// statement (see pass funcvalues):
//
//	go handle(conn)   =>   go _go1(/*line :9:5*/handle, /*line :9:12*/conn)   with   func _go1(_f2 func(net.Conn), _p3 net.Conn) { defer ...; _f2(_p3) }
//	go run(j)         =>   { _go4 :=/*line :9:4*/ func(_f5 func(job)) func(job) { return func(_p6 job) { defer ...; _f5(_p6) } }(/*line :9:5*/run); go _go4/*line :9:8*/(j) }/*line :9:11*/
//
// The deferred call recovers in the function itself, as recover must be
// called, and hands lift.GoPanic only a value it recovered: a goroutine
// that ends normally calls nothing compiled.

// goReport is the statement that a function started by a go statement
// defers first, which reports a panic that nothing else stopped.
func goReport(e *Editor) string {
	return "defer func() { if r := recover(); r != nil { " + e.Import(lift.Package) + ".GoPanic(r) } }()"
}

// reportedCallee reports whether the callee of g is one that startReported
// starts: not a literal, a builtin, a method of the package, or a function
// of the package's top level that is not generic; of Go's library, one
// that may call the script back and whose call no other pass writes as
// its own (fmt's, log's and slog's printing recover or lift it).
func reportedCallee(p *Package, g *ast.GoStmt) bool {
	fun := ast.Unparen(g.Call.Fun)
	switch fun := fun.(type) {
	case *ast.FuncLit:
		return false
	case *ast.SelectorExpr:
		if s := p.Info.Selections[fun]; s != nil {
			return s.Kind() != types.MethodVal // a method expression; a method is gocallee's (startMethod)
		}
	}
	var id *ast.Ident
	switch x := fun.(type) {
	case *ast.Ident:
		id = x
	case *ast.SelectorExpr:
		id = x.Sel
	case *ast.IndexExpr:
		id = calleeIdent(x.X)
	case *ast.IndexListExpr:
		id = calleeIdent(x.X)
	}
	if id == nil {
		return true
	}
	switch obj := p.Info.Uses[id].(type) {
	case *types.Builtin:
		return false
	case *types.Func:
		sig := obj.Type().(*types.Signature)
		if obj.Pkg() == p.Types {
			return sig.TypeParams().Len() > 0 || obj.Parent() != p.Types.Scope()
		}
		return !printingPackage(obj.Pkg()) && callsBack(sig)
	}
	return true
}

// calleeIdent is the identifier that x, a generic function's name or a
// package's selector of one, names, or nil.
func calleeIdent(x ast.Expr) *ast.Ident {
	switch x := ast.Unparen(x).(type) {
	case *ast.Ident:
		return x
	case *ast.SelectorExpr:
		return x.Sel
	}
	return nil
}

// printingPackage reports whether pkg prints or logs, whose calls other
// passes write as lift's: fmt recovers a panic of a method it calls.
func printingPackage(pkg *types.Package) bool {
	if pkg == nil {
		return false
	}
	switch pkg.Path() {
	case "fmt", "log", "log/slog":
		return true
	}
	return false
}

// callsBack reports whether a function of Go's library of signature sig
// may call code of the script: it takes a function or an interface.
func callsBack(sig *types.Signature) bool {
	for i := range sig.Params().Len() {
		t := sig.Params().At(i).Type()
		if s, ok := t.(*types.Slice); ok && sig.Variadic() && i == sig.Params().Len()-1 {
			t = s.Elem()
		}
		switch t.Underlying().(type) {
		case *types.Signature, *types.Interface:
			return true
		}
	}
	return false
}

// startReported writes g as a go statement that starts a function taking
// its callee and arguments, which calls the one with the others under the
// deferred report: declared after the file's last line where the callee's
// type can be written there, else a literal in a block around g. made
// holds the functions declared so far, by the callee's type.
func startReported(p *Package, f *ast.File, e *Editor, g *ast.GoStmt, made map[string]string) {
	sig, ok := p.Info.TypeOf(g.Call.Fun).Underlying().(*types.Signature)
	if !ok {
		return
	}
	sig = unnamed(sig)
	if ft, spelled := goTypeName(p, f, e, g.Pos(), sig, true); spelled {
		name, ok := made[ft]
		if !ok {
			fn, params, call, ok := goCaller(p, f, e, g.Pos(), sig, true)
			if !ok {
				return
			}
			name = e.Name("go")
			made[ft] = name
			e.Append("func " + name + "(" + strings.Join(append([]string{fn + " " + ft}, params...), ", ") + ") { " + goReport(e) + "; " + call + " }")
		}
		fun, open := g.Call.Fun, g.Call.Lparen+1
		sep := ""
		if len(g.Call.Args) > 0 {
			sep = ", "
		}
		laterOrNow(p, f, e, g.Pos(), func() {
			if e.editedInside(fun.End(), open) || e.libraryCalleeEdited(p, fun) {
				return // another pass rewrote the call: started as before
			}
			e.InsertFirst(fun.Pos(), name+"("+directive(p, fun.Pos()))
			e.Replace(g.Call.Lparen, open, sep+directive(p, open))
		})
		return
	}
	ft, spelled := goTypeName(p, f, e, g.Pos(), sig, false)
	fn, params, call, ok := goCaller(p, f, e, g.Pos(), sig, false)
	if !spelled || !ok {
		e.Refuse(g.Call.Fun.Pos(), "the report of a panic that no recover stops in the goroutine this go statement starts would print the interpreter's value (<int Value>), and the function's type has no spelling here: start a function literal that calls it (go func() { %s(...) }())", types.ExprString(g.Call.Fun))
		return
	}
	var ps []string
	for _, prm := range params {
		ps = append(ps, prm[strings.IndexByte(prm, ' ')+1:])
	}
	wrapper := "func(" + strings.Join(ps, ", ") + ")"
	fun := g.Call.Fun
	laterOrNow(p, f, e, g.Pos(), func() {
		if e.libraryCalleeEdited(p, fun) {
			return
		}
		name := e.Name("go")
		after := g.Go + token.Pos(len("go"))
		e.Replace(g.Go, after, "{ "+name+" :="+directive(p, after))
		e.InsertFirst(fun.Pos(), "func("+fn+" "+ft+") "+wrapper+" { return func("+strings.Join(params, ", ")+") { "+goReport(e)+"; "+call+" } }("+directive(p, fun.Pos()))
		e.Insert(fun.End(), "); go "+name+directive(p, fun.End()))
		e.Insert(g.End(), " }"+directive(p, g.End()))
	})
}

// laterOrNow makes the edits of edit once every pass has made its own
// (Editor.Later), but in a generic function, which pass generics copies
// for each instance as the passes edited it when their edits are made:
// there, at once.
func laterOrNow(p *Package, f *ast.File, e *Editor, at token.Pos, edit func()) {
	for _, d := range f.Decls {
		fd, ok := d.(*ast.FuncDecl)
		if !ok || !within(at, fd) {
			continue
		}
		if fd.Type.TypeParams != nil || fd.Recv != nil && genericReceiver(fd.Recv) {
			edit()
			return
		}
	}
	e.Later(edit)
}

// genericReceiver reports whether recv, a method's receiver, has type
// parameters (func (s *Set[T]) Add).
func genericReceiver(recv *ast.FieldList) bool {
	if len(recv.List) == 0 {
		return false
	}
	t := recv.List[0].Type
	if star, ok := t.(*ast.StarExpr); ok {
		t = star.X
	}
	switch t.(type) {
	case *ast.IndexExpr, *ast.IndexListExpr:
		return true
	}
	return false
}

// libraryCalleeEdited reports whether another pass rewrote fun, a callee
// of Go's library: its call is then that pass's, which may take other
// arguments.
func (e *Editor) libraryCalleeEdited(p *Package, fun ast.Expr) bool {
	id := calleeIdent(fun)
	if id == nil {
		return false
	}
	obj := p.Info.Uses[id]
	if obj == nil || obj.Pkg() == nil || obj.Pkg() == p.Types {
		return false
	}
	return e.editedInside(fun.Pos()-1, fun.End()+1)
}

// goCaller writes the parts of a function that calls its first parameter,
// of signature sig, with the others: "_f1", ["_p2 int"], "_f1(_p2)".
func goCaller(p *Package, f *ast.File, e *Editor, at token.Pos, sig *types.Signature, atFile bool) (fn string, params []string, call string, ok bool) {
	fn = e.Name("f")
	var args []string
	for i := range sig.Params().Len() {
		name, t := e.Name("p"), sig.Params().At(i).Type()
		arg := name
		if sig.Variadic() && i == sig.Params().Len()-1 {
			t, arg, name = t.(*types.Slice).Elem(), name+"...", name+" ..."
		} else {
			name += " "
		}
		tn, ok := goTypeName(p, f, e, at, t, atFile)
		if !ok {
			return "", nil, "", false
		}
		params = append(params, name+tn)
		args = append(args, arg)
	}
	return fn, params, fn + "(" + strings.Join(args, ", ") + ")", true
}

// goTypeName is the text of t at the top level of f (atFile), or at the
// go statement at pos: types of Go's library are written with the
// package's name, imported where f does not import it; the script's other
// packages must be imported; an unexported type of another package, and
// where not atFile, a type declared in a function or a type parameter that
// another declaration hides at pos, has no spelling.
func goTypeName(p *Package, f *ast.File, e *Editor, at token.Pos, t types.Type, atFile bool) (string, bool) {
	if atFile && localTypes(p, t, map[types.Type]bool{}) {
		return "", false
	}
	if !spellable(p, at, t, map[types.Type]bool{}) {
		return "", false
	}
	if name, ok := typeName(p, f, t, atFile); ok {
		return name, true
	}
	for _, pkg := range packagesOf(t, map[types.Type]bool{}) {
		if pkg != p.Types && scriptPackage(p.Script, p.Types, pkg) {
			return "", false // another package of the script that f does not import
		}
	}
	return libraryTypeName(p, f, e, p.copies.spelled(t)), true
}

// spellable reports whether every named type t mentions can be written
// at pos: exported, or the package's own, declared at the top level or in
// a scope around pos where nothing hides it.
func spellable(p *Package, at token.Pos, t types.Type, seen map[types.Type]bool) bool {
	if seen[t] {
		return true
	}
	seen[t] = true
	switch t := types.Unalias(t).(type) {
	case *types.Named:
		obj := t.Obj()
		if obj.Pkg() != nil && obj.Pkg() != p.Types && !obj.Exported() {
			return false
		}
		if obj.Pkg() == p.Types && obj.Parent() != p.Types.Scope() && obj.Parent() != nil {
			inner := p.Types.Scope().Innermost(at)
			if inner == nil {
				return false
			}
			if _, found := inner.LookupParent(obj.Name(), at); found != obj {
				return false
			}
		}
		if args := t.TypeArgs(); args != nil {
			for i := range args.Len() {
				if !spellable(p, at, args.At(i), seen) {
					return false
				}
			}
		}
		return true
	case *types.TypeParam:
		inner := p.Types.Scope().Innermost(at)
		if inner == nil {
			return false
		}
		_, found := inner.LookupParent(t.Obj().Name(), at)
		return found == t.Obj()
	case *types.Pointer:
		return spellable(p, at, t.Elem(), seen)
	case *types.Slice:
		return spellable(p, at, t.Elem(), seen)
	case *types.Array:
		return spellable(p, at, t.Elem(), seen)
	case *types.Map:
		return spellable(p, at, t.Key(), seen) && spellable(p, at, t.Elem(), seen)
	case *types.Chan:
		return spellable(p, at, t.Elem(), seen)
	case *types.Struct:
		for i := range t.NumFields() {
			if fd := t.Field(i); !fd.Exported() && fd.Pkg() != p.Types || !spellable(p, at, fd.Type(), seen) {
				return false
			}
		}
	case *types.Interface:
		for i := range t.NumExplicitMethods() {
			m := t.ExplicitMethod(i)
			if !m.Exported() && m.Pkg() != p.Types || !spellable(p, at, m.Type(), seen) {
				return false
			}
		}
		for i := range t.NumEmbeddeds() {
			if !spellable(p, at, t.EmbeddedType(i), seen) {
				return false
			}
		}
	case *types.Signature:
		for _, tup := range []*types.Tuple{t.Params(), t.Results()} {
			for i := range tup.Len() {
				if !spellable(p, at, tup.At(i).Type(), seen) {
					return false
				}
			}
		}
	}
	return true
}

// packagesOf lists the packages of the named types t mentions.
func packagesOf(t types.Type, seen map[types.Type]bool) []*types.Package {
	if seen[t] {
		return nil
	}
	seen[t] = true
	var pkgs []*types.Package
	switch t := types.Unalias(t).(type) {
	case *types.Named:
		if t.Obj().Pkg() != nil {
			pkgs = append(pkgs, t.Obj().Pkg())
		}
		if args := t.TypeArgs(); args != nil {
			for i := range args.Len() {
				pkgs = append(pkgs, packagesOf(args.At(i), seen)...)
			}
		}
	case *types.Pointer:
		pkgs = packagesOf(t.Elem(), seen)
	case *types.Slice:
		pkgs = packagesOf(t.Elem(), seen)
	case *types.Array:
		pkgs = packagesOf(t.Elem(), seen)
	case *types.Map:
		pkgs = append(packagesOf(t.Key(), seen), packagesOf(t.Elem(), seen)...)
	case *types.Chan:
		pkgs = packagesOf(t.Elem(), seen)
	case *types.Struct:
		for i := range t.NumFields() {
			pkgs = append(pkgs, packagesOf(t.Field(i).Type(), seen)...)
		}
	case *types.Interface:
		for i := range t.NumExplicitMethods() {
			pkgs = append(pkgs, packagesOf(t.ExplicitMethod(i).Type(), seen)...)
		}
		for i := range t.NumEmbeddeds() {
			pkgs = append(pkgs, packagesOf(t.EmbeddedType(i), seen)...)
		}
	case *types.Signature:
		for _, tup := range []*types.Tuple{t.Params(), t.Results()} {
			for i := range tup.Len() {
				pkgs = append(pkgs, packagesOf(tup.At(i).Type(), seen)...)
			}
		}
	}
	return pkgs
}
