package refuse

import (
	"go/ast"
	"go/constant"
	"go/types"

	"github.com/socklab/socklab/runner/rewrite"
)

// typedNilErrors refuses storing a pointer variable of a script's type as
// an interface of Go's library (error, io.Writer, net.Conn) anywhere but a
// return (see typedNilReturns): in a variable, a field, a parameter, an
// element of a composite literal, a channel, or by conversion. Under Go a
// nil pointer in an interface makes the interface non-nil, and calls of
// its methods run on the nil pointer; the interpreter wraps a script's
// value for such an interface with a wrapper that a nil pointer does not
// get, so the interface is nil: err != nil goes the other way, and a
// compiled function handed it (io.Copy(p, r), errors.Is(p, target))
// meets a nil interface where Go calls the method. The script's own
// interfaces and any hold the nil pointer as Go does. Printing calls take
// their arguments through lift.Show (runner/rewrite), which prints a nil
// pointer as Go does, but for %w. Only a pointer that can be nil by what
// the source says is refused (see nilFlow), unless a test against nil
// guards it.
func typedNilErrors(r *reporter) {
	flow := r.newNilFlow()
	var stack []ast.Node // the nodes around the one being checked, n
	var node ast.Node
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
	check := func(e ast.Expr, target types.Type) {
		t, variable, ok := nilPointer(e, target)
		switch {
		case !ok:
		case isNilConversion(e):
			r.refuse(e.Pos(), "%s stored as %s is not nil under Go, but the interpreter makes it nil: write nil where there is no value, or keep a variable of type %s", types.ExprString(e), r.typeString(target), r.typeString(t))
		case variable:
			r.refuse(e.Pos(), "a nil %s stored as %s is not nil under Go, but the interpreter makes it nil: store nil explicitly where there is no value, or keep the variable of type %s", r.typeString(t), r.typeString(target), r.typeString(target))
		default:
			r.refuse(e.Pos(), "%s can be a nil %s, and a nil %s stored as %s is not nil under Go, but the interpreter makes it nil: test it first (if p := %s; p != nil { ... }), or declare it of type %s", types.ExprString(e), r.typeString(t), r.typeString(t), r.typeString(target), types.ExprString(e), r.typeString(target))
		}
	}
	returned := func(e ast.Expr, target types.Type) {
		if t, variable, ok := nilPointer(e, target); ok && variable {
			r.refuse(e.Pos(), "a nil %s returned as %s is not nil under Go, but the interpreter makes it nil: return nil explicitly where there is no value", r.typeString(t), r.typeString(target))
		} else if ok {
			check(e, target)
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
	r.inspect(func(n ast.Node, above []ast.Node) bool {
		stack, node = above, n
		switch n := n.(type) {
		case *ast.AssignStmt:
			if len(n.Lhs) == len(n.Rhs) {
				for i, rhs := range n.Rhs {
					check(rhs, r.typeOf(n.Lhs[i]))
				}
			}
		case *ast.ValueSpec:
			if n.Type != nil && len(n.Values) == len(n.Names) {
				for _, v := range n.Values {
					check(v, r.typeOf(n.Type))
				}
			}
		case *ast.ReturnStmt:
			if sig := r.enclosingSignature(stack); sig != nil && sig.Results().Len() == len(n.Results) {
				for i, e := range n.Results {
					returned(e, sig.Results().At(i).Type())
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
			if !r.scriptFunc(n.Fun) {
				if r.wrappedVerbs(n, handed(n)) {
					return true
				}
				r.callArgs(n, sig, handed(n))
				return true
			}
			r.callArgs(n, sig, check)
		}
		return true
	})
}

// isNilConversion reports whether e is nil converted to a type: (*T)(nil).
func isNilConversion(e ast.Expr) bool {
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	if !ok || len(call.Args) != 1 {
		return false
	}
	id, ok := ast.Unparen(call.Args[0]).(*ast.Ident)
	return ok && id.Name == "nil"
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
// the rewrite hands to lift.Show; check is called with those it cannot
// (%w, which fmt.Errorf takes as an error).
func (r *reporter) wrappedVerbs(call *ast.CallExpr, check func(ast.Expr, types.Type)) bool {
	name := r.calleeName(call)
	if sel, ok := call.Fun.(*ast.SelectorExpr); ok && name == "" {
		if sl := r.info.Selections[sel]; sl != nil && isNamed(sl.Recv(), "log", "Logger") {
			name = "log." + sel.Sel.Name
		}
	}
	writers := func(n int) { // fmt.Fprint's writer, fmt.Append's slice
		for i := 0; i < n && i < len(call.Args); i++ {
			if sig, ok := r.typeOf(call.Fun).(*types.Signature); ok && i < sig.Params().Len() {
				check(call.Args[i], sig.Params().At(i).Type())
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
