package refuse

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"slices"
	"sort"

	"github.com/socklab/socklab/runner/rewrite"
)

// typedNilErrors guards the nil pointers of a script's type that the
// rewrite boxes (runner/rewrite/typednil.go) where they become an
// interface of Go's library (error, io.Writer, net.Conn). Under Go a nil
// pointer in an interface makes the interface non-nil, and calls of its
// methods run on the nil pointer; the interpreter makes the interface nil,
// so the rewrite stores a box of its own instead, whose methods call those
// of the nil pointer. What the box cannot make as Go makes it is refused
// for a type whose pointer can be nil there (see nilFlow), unless a test
// against nil guards it: asserting an interface back to the pointer type
// (x.(*T), a type switch case *T) and comparing an interface with such a
// pointer. The writer of a printing call (fmt.Fprintln(w, ...)), which
// the rewrite does not convert, and a pointer of a generic type, which it
// cannot box, are refused where they can be nil.
func typedNilErrors(r *reporter) {
	flow := r.newNilFlow()
	var stack []ast.Node // the nodes around the one being checked, n
	var node ast.Node
	boxed := map[*types.Named]token.Pos{} // the types boxed, and where first
	// nilPointer reports whether e is a pointer of a script's type that can
	// be nil, stored as target, an interface of Go's library; variable says
	// whether e is a variable, which the messages name differently.
	nilPointer := func(e ast.Expr, target types.Type) (t types.Type, variable, ok bool) {
		if target == nil || !r.libraryInterface(target) {
			return nil, false, false
		}
		t = r.typeOf(e)
		ptr, isPtr := t.(*types.Pointer)
		if !isPtr || !r.declared(ptr.Elem()) || !flow.canBeNil(e) || guarded(e, append(stack[:len(stack):len(stack)], node)) {
			return nil, false, false
		}
		if id, isIdent := ast.Unparen(e).(*ast.Ident); isIdent {
			if _, isVar := r.info.Uses[id].(*types.Var); isVar {
				return t, true, true
			}
		}
		return t, false, r.declaresMethodOf(ptr.Elem(), target)
	}
	// check notes a pointer that the rewrite boxes, and refuses one of a
	// generic type, which it cannot.
	check := func(e ast.Expr, target types.Type) {
		t, _, ok := nilPointer(e, target)
		if !ok {
			return
		}
		n, isNamed := types.Unalias(t.(*types.Pointer).Elem()).(*types.Named)
		if !isNamed || n.TypeArgs().Len() > 0 {
			r.refuse(e.Pos(), "%s can be a nil %s, and a nil %s stored as %s is not nil under Go, but the interpreter makes it nil: test it first (if p := %s; p != nil { ... }), or declare it of type %s", types.ExprString(e), r.typeString(t), r.typeString(t), r.typeString(target), types.ExprString(e), r.typeString(target))
			return
		}
		if _, seen := boxed[n]; !seen {
			boxed[n] = e.Pos()
		}
		if r.nilSites != nil {
			r.nilSites[e.Pos()] = true
		}
	}
	handed := func(call *ast.CallExpr) func(e ast.Expr, target types.Type) {
		return func(e ast.Expr, target types.Type) {
			t, variable, ok := nilPointer(e, target)
			switch {
			case !ok:
			case variable:
				r.refuse(e.Pos(), "a nil %s handed to %s as %s is not nil under Go, which calls its methods on the nil pointer, but the interpreter hands over a nil %s: keep the variable of type %s, or give it a value where it is declared and never nil", r.typeString(t), types.ExprString(call.Fun), r.typeString(target), r.typeString(target), r.typeString(target))
			default:
				r.refuse(e.Pos(), "%s can be a nil %s, and a nil %s handed to %s as %s is not nil under Go, which calls its methods on the nil pointer, but the interpreter hands over a nil %s: test it first (if p := %s; p != nil { ... }), or declare it of type %s", types.ExprString(e), r.typeString(t), r.typeString(t), types.ExprString(call.Fun), r.typeString(target), r.typeString(target), types.ExprString(e), r.typeString(target))
			}
		}
	}
	// The box calls the methods of a boxed type on the nil pointer, so
	// their receivers can be nil too: check again until no receiver
	// becomes nil (once, mostly).
	for again := true; again; {
		again = false
		r.typedNilSites(&stack, &node, check, handed)
		for n := range boxed {
			if flow.boxedReceivers(n) {
				again = true
			}
		}
	}
	r.boxedUses(boxed)
}

// typedNilSites calls check with each expression stored as a type, and
// handed with the writers of printing calls; stack and node are set to
// the nodes visited.
func (r *reporter) typedNilSites(stack *[]ast.Node, node *ast.Node, check func(ast.Expr, types.Type), handed func(*ast.CallExpr) func(ast.Expr, types.Type)) {
	r.inspect(func(n ast.Node, above []ast.Node) bool {
		*stack, *node = above, n
		switch n := n.(type) {
		case *ast.AssignStmt:
			if len(n.Lhs) == len(n.Rhs) {
				for i, rhs := range n.Rhs {
					if !isBlank(n.Lhs[i]) {
						check(rhs, r.typeOf(n.Lhs[i]))
					}
				}
			}
		case *ast.ValueSpec:
			if n.Type != nil && len(n.Values) == len(n.Names) {
				for i, v := range n.Values {
					if !isBlank(n.Names[i]) { // var _ json.Marshaler = (*T)(nil) keeps nothing
						check(v, r.typeOf(n.Type))
					}
				}
			}
		case *ast.ReturnStmt:
			if sig := r.enclosingSignature(*stack); sig != nil && sig.Results().Len() == len(n.Results) {
				for i, e := range n.Results {
					check(e, sig.Results().At(i).Type())
				}
			}
		case *ast.SendStmt:
			if t := r.typeOf(n.Chan); t == nil {
				return true
			} else if ch, ok := t.Underlying().(*types.Chan); ok {
				check(n.Value, ch.Elem())
			}
		case *ast.CompositeLit:
			r.compositeElems(n, check)
		case *ast.CallExpr:
			tv := r.info.Types[n.Fun]
			if tv.IsType() && len(n.Args) == 1 { // error(p)
				check(n.Args[0], tv.Type)
				return true
			}
			sig, ok := r.typeOf(n.Fun).(*types.Signature)
			if !ok {
				return true
			}
			if !r.scriptFunc(n.Fun) && r.wrappedVerbs(n, handed(n), check) {
				return true
			}
			r.callArgs(n, sig, check)
		}
		return true
	})
}

// boxedUses refuses what a box of a nil pointer of a type in boxed does
// not do as the nil pointer does: an assertion or type switch case of the
// pointer type, which does not match the box, a comparison of an
// interface with a pointer of the type where package rewrite does not
// make it a call of lift.Equal or lift.ErrorsIs, which take the nil
// pointer out of the box (see lifted), and printing an interface that
// may hold the box where the Error or String method that fmt calls reads
// its receiver: fmt prints <nil> where that method panics on a nil
// pointer, and the method's panic where it panics in the box.
func (r *reporter) boxedUses(boxed map[*types.Named]token.Pos) {
	if len(boxed) == 0 {
		return
	}
	of := func(e ast.Expr) (*types.Named, bool) {
		t := r.typeOf(e)
		if t == nil {
			return nil, false
		}
		ptr, ok := t.(*types.Pointer)
		if !ok {
			return nil, false
		}
		n, ok := types.Unalias(ptr.Elem()).(*types.Named)
		if !ok {
			return nil, false
		}
		_, found := boxed[n]
		return n, found
	}
	why := func(n *types.Named) string {
		return "a nil *" + n.Obj().Name() + " stored as an interface of Go's library at " + r.fset.Position(boxed[n]).String() + " is kept in a box of socklab's own, as the interpreter would make it nil"
	}
	printPanics := r.printPanics(boxed)
	r.inspect(func(node ast.Node, _ []ast.Node) bool {
		switch x := node.(type) {
		case *ast.CallExpr:
			if r.calleeName(x) == "errors.Is" && len(x.Args) == 2 {
				if n, ok := r.boxBoth(boxed, x.Args[0], x.Args[1]); ok && !r.liftedErrors(x.Args[0], x.Args[1]) {
					r.refuse(x.Args[1].Pos(), "%s, and errors.Is does not find it in an error that holds it, where Go finds the same nil pointer: take the pointer out with errors.As (var p *%s; errors.As(err, &p))", why(n), n.Obj().Name())
				}
			}
			for _, a := range r.printedArgs(x) {
				t := r.typeOf(a)
				if t == nil || r.typeVerbOnly(x, a) {
					continue
				}
				for _, n := range printPanics {
					if rewrite.NilBoxFormats(n) {
						continue // the box prints as the nil pointer (lift.NilFormat)
					}
					if holds(t, types.NewPointer(n), map[types.Type]bool{}) {
						if m := printMethod(n); m != "" {
							r.refuse(a.Pos(), "%s, whose %s method fmt calls for %s: fmt prints <nil> under Go where the method panics on the nil pointer, but the method's panic in the box: declare %s on *%s with a receiver that it tests against nil first (if e == nil { return \"<nil>\" }), or an unnamed one", why(n), m, types.ExprString(a), m, n.Obj().Name())
						} else {
							r.refuse(a.Pos(), "%s, which fmt prints as {} where Go prints <nil> for %s: print the pointer itself, not the interface", why(n), types.ExprString(a))
						}
						break
					}
				}
			}
		case *ast.TypeAssertExpr:
			if x.Type == nil {
				return true
			}
			if n, ok := of(x.Type); ok {
				r.refuse(x.Type.Pos(), "%s, which this assertion does not find: take the pointer out with errors.As (var p *%s; errors.As(err, &p)), which finds the nil pointer as Go does", why(n), n.Obj().Name())
			}
		case *ast.TypeSwitchStmt:
			for _, c := range x.Body.List {
				for _, e := range c.(*ast.CaseClause).List {
					if n, ok := of(e); ok {
						r.refuse(e.Pos(), "%s, which this case does not find: take the pointer out with errors.As (var p *%s; errors.As(err, &p)), which finds the nil pointer as Go does", why(n), n.Obj().Name())
					}
				}
			}
		case *ast.BinaryExpr:
			if x.Op != token.EQL && x.Op != token.NEQ {
				return true
			}
			if n, ok := r.boxBoth(boxed, x.X, x.Y); ok && !r.liftedErrors(x.X, x.Y) {
				r.refuse(x.OpPos, "%s, and two interfaces that hold it are compared by the interpreter as values it cannot compare, where Go finds the same nil pointer: compare each with nil, or take the pointers out with errors.As first (var p *%s; errors.As(err, &p))", why(n), n.Obj().Name())
				return true
			}
			for _, pair := range [][2]ast.Expr{{x.X, x.Y}, {x.Y, x.X}} {
				if t := r.typeOf(pair[0]); t == nil || !types.IsInterface(t) || r.lifted(t, pair[1]) {
					continue
				}
				if n, ok := of(pair[1]); ok {
					r.refuse(pair[1].Pos(), "%s, which is not equal to the pointer: take the pointer out with errors.As first (var p *%s; errors.As(err, &p) && p == q)", why(n), n.Obj().Name())
				}
			}
		}
		return true
	})
}

// declaresMethodOf reports whether the script declares, on t or *t, a
// method of the interface iface: one that Go would call on a nil pointer.
func (r *reporter) declaresMethodOf(t, iface types.Type) bool {
	it, ok := iface.Underlying().(*types.Interface)
	if !ok {
		return false
	}
	n, ok := types.Unalias(t).(*types.Named)
	if !ok {
		return false
	}
	for i := range n.NumMethods() {
		for j := range it.NumMethods() {
			if n.Method(i).Name() == it.Method(j).Name() {
				return true
			}
		}
	}
	return false
}

// callArgs calls check with each argument of call and the type of the
// parameter it is passed as.
func (r *reporter) callArgs(call *ast.CallExpr, sig *types.Signature, check func(ast.Expr, types.Type)) {
	for i, a := range call.Args {
		switch {
		case i < sig.Params().Len()-1 || !sig.Variadic() && i < sig.Params().Len():
			check(a, sig.Params().At(i).Type())
		case sig.Variadic() && !call.Ellipsis.IsValid():
			check(a, sig.Params().At(sig.Params().Len()-1).Type().(*types.Slice).Elem())
		}
	}
}

// wrappedVerbs reports whether call is a printing call, whose arguments
// the rewrite hands to lift.Show; writer is called with those it cannot,
// the writer or slice printed to, and check with %w's, which fmt.Errorf
// takes as an error and the rewrite converts.
func (r *reporter) wrappedVerbs(call *ast.CallExpr, writer, check func(ast.Expr, types.Type)) bool {
	name := r.calleeName(call)
	if sel, ok := call.Fun.(*ast.SelectorExpr); ok && name == "" {
		if sl := r.info.Selections[sel]; sl != nil && isNamed(sl.Recv(), "log", "Logger") {
			name = "log." + sel.Sel.Name
		}
	}
	writers := func(n int) { // fmt.Fprint's writer, fmt.Append's slice
		for i := 0; i < n && i < len(call.Args); i++ {
			if sig, ok := r.typeOf(call.Fun).(*types.Signature); ok && i < sig.Params().Len() {
				writer(call.Args[i], sig.Params().At(i).Type())
			}
		}
	}
	if first, ok := printFuncs[name]; ok {
		writers(first)
		return true
	}
	fi, ok := printfFuncs[name]
	if !ok {
		return false
	}
	writers(fi)
	if fi >= len(call.Args) {
		return true
	}
	tv := r.info.Types[call.Args[fi]]
	if tv.Value == nil || tv.Value.Kind() != constant.String {
		return true
	}
	verbs, ok := rewrite.ParseVerbs(constant.StringVal(tv.Value))
	if !ok {
		return true
	}
	for i, a := range call.Args[fi+1:] {
		if i < len(verbs) && verbs[i].Verb == 'w' {
			check(a, types.Universe.Lookup("error").Type())
		}
	}
	return true
}

// libraryInterface reports whether t is an interface with methods that the
// script does not declare: error, or one of a compiled package.
func (r *reporter) libraryInterface(t types.Type) bool {
	it, ok := t.Underlying().(*types.Interface)
	if !ok || it.NumMethods() == 0 {
		return false
	}
	n, ok := types.Unalias(t).(*types.Named)
	return ok && (n.Obj().Pkg() == nil || n.Obj().Pkg() != r.pkg)
}

// typeString spells t as the script's source does.
func (r *reporter) typeString(t types.Type) string {
	return types.TypeString(t, types.RelativeTo(r.pkg))
}

// maybeNil returns the variables that can hold nil by what the source
// says: declared without a value, or given the literal nil. A variable
// given only &T{...}, new(T) or another value is taken to be non-nil, so
// that the common inner := &OpError{...}; &OpError{Err: inner} runs.
func (r *reporter) maybeNil() map[*types.Var]bool {
	vars := map[*types.Var]bool{}
	isNil := func(e ast.Expr) bool {
		id, ok := ast.Unparen(e).(*ast.Ident)
		if !ok {
			return false
		}
		_, isNil := r.info.Uses[id].(*types.Nil)
		return isNil
	}
	mark := func(e ast.Expr) {
		if id, ok := e.(*ast.Ident); ok {
			obj := r.info.Defs[id]
			if obj == nil {
				obj = r.info.Uses[id]
			}
			if v, ok := obj.(*types.Var); ok {
				vars[v] = true
			}
		}
	}
	r.inspect(func(n ast.Node, _ []ast.Node) bool {
		switch n := n.(type) {
		case *ast.ValueSpec:
			for i, name := range n.Names {
				if len(n.Values) == 0 || len(n.Values) == len(n.Names) && isNil(n.Values[i]) {
					mark(name)
				}
			}
		case *ast.AssignStmt:
			if len(n.Lhs) == len(n.Rhs) {
				for i, rhs := range n.Rhs {
					if isNil(rhs) {
						mark(n.Lhs[i])
					}
				}
			}
		}
		return true
	})
	return vars
}

// compositeElems calls check with each element of a composite literal and
// the type it is stored as.
func (r *reporter) compositeElems(lit *ast.CompositeLit, check func(ast.Expr, types.Type)) {
	t := r.typeOf(lit)
	if t == nil {
		return
	}
	if p, ok := t.Underlying().(*types.Pointer); ok {
		t = p.Elem()
	}
	for i, el := range lit.Elts {
		v := el
		if kv, ok := el.(*ast.KeyValueExpr); ok {
			v = kv.Value
		}
		switch u := t.Underlying().(type) {
		case *types.Struct:
			if kv, ok := el.(*ast.KeyValueExpr); ok {
				if id, ok := kv.Key.(*ast.Ident); ok {
					if f, ok := r.info.Uses[id].(*types.Var); ok {
						check(v, f.Type())
					}
				}
			} else if i < u.NumFields() {
				check(v, u.Field(i).Type())
			}
		case *types.Slice:
			check(v, u.Elem())
		case *types.Array:
			check(v, u.Elem())
		case *types.Map:
			check(v, u.Elem())
		}
	}
}

// scriptFunc reports whether fun, the function a call calls, is the
// script's own rather than a compiled package's.
func (r *reporter) scriptFunc(fun ast.Expr) bool {
	var id *ast.Ident
	switch f := ast.Unparen(fun).(type) {
	case *ast.Ident:
		id = f
	case *ast.SelectorExpr:
		id = f.Sel
	case *ast.FuncLit:
		return true
	default:
		return true // a call of a function value the script holds
	}
	obj := r.info.Uses[id]
	if obj == nil {
		return false
	}
	if _, isVar := obj.(*types.Var); isVar {
		return true // a function value in a variable or field
	}
	return obj.Pkg() == r.pkg
}

// NilPointers returns the positions of the expressions of a package's
// files that are pointers of a script's type, able to be nil by what the
// source says, and stored as an interface of Go's library: those that the
// rewrite boxes (rewrite.Package.NilPointers).
func NilPointers(fset *token.FileSet, files []*ast.File, pkg *types.Package, info *types.Info) map[token.Pos]bool {
	r := &reporter{fset: fset, files: files, pkg: pkg, info: info, nilSites: map[token.Pos]bool{}}
	if len(files) > 0 && pkg != nil && info != nil {
		typedNilErrors(r)
	}
	return r.nilSites
}

// printMethod returns the method of *n that fmt calls to print it: Error,
// String, or "" where it has neither.
func printMethod(n *types.Named) string {
	ms := types.NewMethodSet(types.NewPointer(n))
	for _, name := range []string{"Error", "String"} {
		if sel := ms.Lookup(nil, name); sel != nil {
			return name
		}
	}
	return ""
}

// printPanics returns the types of boxed whose box does not print as the
// nil pointer does: those whose printing method (printMethod) reads its
// receiver, so may panic on a nil pointer, is promoted from a field, or
// is missing (fmt prints <nil>, the box {}), in order of position.
func (r *reporter) printPanics(boxed map[*types.Named]token.Pos) []*types.Named {
	safe := map[*types.Named]bool{}
	for _, f := range r.files {
		for _, d := range f.Decls {
			fd, ok := d.(*ast.FuncDecl)
			if !ok || fd.Recv == nil || len(fd.Recv.List) != 1 || fd.Body == nil {
				continue
			}
			fn, ok := r.info.Defs[fd.Name].(*types.Func)
			if !ok {
				continue
			}
			recv := fn.Type().(*types.Signature).Recv().Type()
			if p, ok := recv.(*types.Pointer); ok {
				recv = p.Elem()
			}
			n, ok := types.Unalias(recv).(*types.Named)
			if !ok {
				continue
			}
			if _, found := boxed[n]; !found || fd.Name.Name != printMethod(n) {
				continue
			}
			if len(fd.Recv.List[0].Names) == 0 {
				safe[n] = true // func (*T) Error() string reads no receiver
				continue
			}
			obj := r.info.Defs[fd.Recv.List[0].Names[0]]
			used := false
			ast.Inspect(fd.Body, func(x ast.Node) bool {
				if id, ok := x.(*ast.Ident); ok && obj != nil && r.info.Uses[id] == obj {
					used = true
				}
				return !used
			})
			if len(fd.Body.List) > 0 {
				if is, ok := fd.Body.List[0].(*ast.IfStmt); ok && is.Init == nil && is.Else == nil && nilTest(is.Cond, fd.Recv.List[0].Names[0].Name, token.EQL, token.LOR) && leaves(is.Body) {
					used = false // if e == nil { return "<nil>" } comes first
				}
			}
			safe[n] = !used
		}
	}
	var out []*types.Named
	for n := range boxed {
		if !safe[n] {
			out = append(out, n)
		}
	}
	sort.Slice(out, func(i, j int) bool { return boxed[out[i]] < boxed[out[j]] })
	return out
}

// printedArgs returns the arguments of call that fmt or log prints, if it
// is a printing call.
func (r *reporter) printedArgs(call *ast.CallExpr) []ast.Expr {
	name := r.calleeName(call)
	if sel, ok := call.Fun.(*ast.SelectorExpr); ok && name == "" {
		if sl := r.info.Selections[sel]; sl != nil && isNamed(sl.Recv(), "log", "Logger") {
			name = "log." + sel.Sel.Name
		}
	}
	first, ok := printFuncs[name]
	if !ok {
		if first, ok = printfFuncs[name]; !ok {
			return nil
		}
		first++
	}
	if first > len(call.Args) {
		return nil
	}
	return call.Args[first:]
}

// typeVerbOnly reports whether call, a printing call of a constant
// format, prints its argument a with %T alone, which names the pointer's
// type from the box as Go does and calls none of its methods.
func (r *reporter) typeVerbOnly(call *ast.CallExpr, a ast.Expr) bool {
	name := r.calleeName(call)
	if sel, ok := call.Fun.(*ast.SelectorExpr); ok && name == "" {
		if sl := r.info.Selections[sel]; sl != nil && isNamed(sl.Recv(), "log", "Logger") {
			name = "log." + sel.Sel.Name
		}
	}
	at, ok := printfFuncs[name]
	if !ok || at >= len(call.Args) {
		return false
	}
	tv := r.info.Types[call.Args[at]]
	if tv.Value == nil || tv.Value.Kind() != constant.String {
		return false
	}
	args := call.Args[at+1:]
	i := slices.Index(args, a)
	verbs := rewrite.ArgVerbs(constant.StringVal(tv.Value), len(args))
	if i < 0 || i >= len(verbs) || len(verbs[i]) == 0 {
		return false
	}
	for _, v := range verbs[i] {
		if v.Verb != 'T' {
			return false
		}
	}
	return true
}

// boxBoth reports a type of boxed whose box both x and y, of interface
// types and neither nil, may hold.
func (r *reporter) boxBoth(boxed map[*types.Named]token.Pos, x, y ast.Expr) (*types.Named, bool) {
	tx, ty := r.typeOf(x), r.typeOf(y)
	if r.libraryValue(x) || r.libraryValue(y) {
		return nil, false
	}
	if tx == nil || ty == nil || !types.IsInterface(tx) || !types.IsInterface(ty) {
		return nil, false
	}
	var found *types.Named
	for n := range boxed {
		p := types.NewPointer(n)
		if types.AssignableTo(p, tx) && types.AssignableTo(p, ty) && (found == nil || boxed[n] < boxed[found]) {
			found = n
		}
	}
	return found, found != nil
}

// holds reports whether fmt, printing a value of type t, may print an
// interface that holds a value of type p: t is such an interface, or
// holds one in a field, an element, a key or behind a pointer.
func holds(t, p types.Type, seen map[types.Type]bool) bool {
	if seen[t] {
		return false
	}
	seen[t] = true
	switch u := t.Underlying().(type) {
	case *types.Interface:
		return types.AssignableTo(p, t)
	case *types.Struct:
		for i := range u.NumFields() {
			if holds(u.Field(i).Type(), p, seen) {
				return true
			}
		}
	case *types.Slice:
		return holds(u.Elem(), p, seen)
	case *types.Array:
		return holds(u.Elem(), p, seen)
	case *types.Map:
		return holds(u.Key(), p, seen) || holds(u.Elem(), p, seen)
	case *types.Pointer:
		return holds(u.Elem(), p, seen)
	}
	return false
}

// libraryValue reports whether e names a variable of a compiled package
// (io.EOF), which never holds a box.
func (r *reporter) libraryValue(e ast.Expr) bool {
	sel, pn := r.qualified(ast.Unparen(e))
	if pn == nil {
		return false
	}
	obj := r.info.Uses[sel.Sel]
	return obj != nil && obj.Pkg() != r.pkg
}

// isBlank reports whether e is the blank identifier, which keeps nothing
// that is stored into it.
func isBlank(e ast.Expr) bool {
	id, ok := ast.Unparen(e).(*ast.Ident)
	return ok && id.Name == "_"
}
