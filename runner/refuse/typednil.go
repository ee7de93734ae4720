package refuse

import (
	"go/ast"
	"go/types"
)

// typedNilErrors refuses storing a pointer variable of a script's type as
// an error anywhere but a return (see typedNilReturns): in a variable, a
// parameter of a script's function, an element of a composite literal, a
// channel, or by conversion. Under Go a nil pointer in an interface makes
// the interface non-nil; the interpreter wraps a nil pointer as a nil
// error, so err != nil goes the other way. Compiled functions' parameters
// are left alone: they take a script's non-nil values as Go does, and a
// refusal there would meet every writer a script hands to fmt.Fprintln.
// Only a variable that can hold nil by what the source says is refused.
func typedNilErrors(r *reporter) {
	errType := types.Universe.Lookup("error").Type()
	maybeNil := r.maybeNil()
	check := func(e ast.Expr, target types.Type) {
		if target == nil || !types.Identical(target, errType) {
			return
		}
		id, ok := ast.Unparen(e).(*ast.Ident)
		if !ok {
			return
		}
		if v, isVar := r.info.Uses[id].(*types.Var); !isVar || !maybeNil[v] {
			return
		}
		t := r.typeOf(id)
		ptr, ok := t.(*types.Pointer)
		if !ok {
			return
		}
		named, ok := types.Unalias(ptr.Elem()).(*types.Named)
		if !ok || named.Obj().Pkg() == nil || named.Obj().Pkg() != r.pkg {
			return
		}
		r.refuse(id.Pos(), "a nil %s stored as error is not nil under Go, but the interpreter makes it nil: store nil explicitly where there is no value, or keep the variable of type error", types.TypeString(t, types.RelativeTo(r.pkg)))
	}
	r.inspect(func(n ast.Node, _ []ast.Node) bool {
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
			if !ok || !r.scriptFunc(n.Fun) {
				return true
			}
			for i, a := range n.Args {
				switch {
				case i < sig.Params().Len()-1 || !sig.Variadic() && i < sig.Params().Len():
					check(a, sig.Params().At(i).Type())
				case sig.Variadic() && !n.Ellipsis.IsValid():
					check(a, sig.Params().At(sig.Params().Len()-1).Type().(*types.Slice).Elem())
				}
			}
		}
		return true
	})
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
