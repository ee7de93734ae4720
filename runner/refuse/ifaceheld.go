package refuse

import (
	"go/ast"
	"go/token"
	"go/types"

	"github.com/socklab/socklab/runner/rewrite"
)

// ifaceHeld records, for each interface type of a package, the types of
// the values that the package converts to it, implicitly or explicitly
// (an assignment, an argument, a result, an element of a composite
// literal, a send, a conversion, an assertion from another interface),
// but for arguments of Go's library that are only read during the call
// (fmt's and log's printing, errors.Is and As, the encoders). A value of
// a script's type reaches an interface only through such a conversion, so
// what an interface may hold at run time is among these types, and those
// held by the interfaces converted to it.
type ifaceHeld struct {
	ifaces []types.Type   // each interface type, once per identity
	srcs   [][]types.Type // the types converted to ifaces[i]
	// generic is set where a value of a type parameter is converted to an
	// interface, which may hold any type of the script.
	generic bool
}

// readOnlyPackages are the packages of Go's library whose functions and
// methods read their interface arguments during the call and keep none
// that a script could see again.
var readOnlyPackages = map[string]bool{
	"fmt": true, "log": true, "errors": true, "encoding/json": true, "encoding/xml": true,
	"text/template": true, "html/template": true, "strings": true, "bytes": true, "sort": true,
}

// keeping are the functions of readOnlyPackages that keep an argument in
// what they return, where a script may find it again (errors.Unwrap of
// what fmt.Errorf wraps).
var keeping = map[string]bool{"fmt.Errorf": true, "errors.Join": true}

// serving are functions of Go's library that take a value as an interface
// and never hand it back to the script: net/rpc's Register and
// RegisterName (of the package and of a Server) keep the receiver only to
// call its methods, and what a client's Call or Go gives back is the
// reply it was handed, never the receiver.
var serving = map[string]bool{"net/rpc.Register": true, "net/rpc.RegisterName": true}

// held returns the package's ifaceHeld, computing it once.
func (r *reporter) held() *ifaceHeld {
	if r.ifaceHeld != nil {
		return r.ifaceHeld
	}
	h := &ifaceHeld{}
	r.ifaceHeld = h
	addType := func(to, from types.Type) {
		if to == nil || !types.IsInterface(to) {
			return
		}
		if _, isParam := types.Unalias(to).(*types.TypeParam); isParam {
			return
		}
		if from == nil || types.Identical(from, to) {
			return
		}
		if _, isParam := types.Unalias(from).(*types.TypeParam); isParam {
			h.generic = true
			return
		}
		if b, ok := from.(*types.Basic); ok && b.Kind() == types.UntypedNil {
			return
		}
		h.add(to, from)
	}
	add := func(to types.Type, e ast.Expr) {
		if _, ok := r.typeOf(e).(*types.Tuple); !ok {
			addType(to, r.typeOf(e))
		}
	}
	// spread records the conversions of the results of a call of several
	// results handed on whole (return f(), g(f()), var a, b any = f()),
	// each to the type at its place in tos.
	spread := func(tos func(i int) types.Type, e ast.Expr) {
		tup, ok := r.typeOf(e).(*types.Tuple)
		if !ok {
			return
		}
		for i := range tup.Len() {
			addType(tos(i), tup.At(i).Type())
		}
	}
	for _, f := range r.files {
		ast.PreorderStack(f, nil, func(n ast.Node, stack []ast.Node) bool {
			switch n := n.(type) {
			case *ast.AssignStmt:
				if len(n.Lhs) == len(n.Rhs) {
					for i, l := range n.Lhs {
						add(r.typeOf(l), n.Rhs[i])
					}
				} else if len(n.Rhs) == 1 {
					r.addTuple(h, n.Lhs, n.Rhs[0])
				}
			case *ast.ValueSpec:
				if n.Type != nil {
					t := r.typeOf(n.Type)
					for _, v := range n.Values {
						add(t, v)
						spread(func(int) types.Type { return t }, v)
					}
				}
			case *ast.ReturnStmt:
				if sig := enclosingSig(r, stack); sig != nil && sig.Results().Len() == len(n.Results) {
					for i, v := range n.Results {
						add(sig.Results().At(i).Type(), v)
					}
				} else if sig != nil && len(n.Results) == 1 {
					spread(func(i int) types.Type {
						if i < sig.Results().Len() {
							return sig.Results().At(i).Type()
						}
						return nil
					}, n.Results[0])
				}
			case *ast.SendStmt:
				if t := r.typeOf(n.Chan); t != nil {
					if ch, ok := t.Underlying().(*types.Chan); ok {
						add(ch.Elem(), n.Value)
					}
				}
			case *ast.CompositeLit:
				r.addElements(add, n)
			case *ast.TypeAssertExpr:
				if n.Type != nil {
					add(r.typeOf(n.Type), n.X)
				}
			case *ast.TypeSwitchStmt:
				var x ast.Expr
				switch a := n.Assign.(type) {
				case *ast.AssignStmt:
					x = a.Rhs[0].(*ast.TypeAssertExpr).X
				case *ast.ExprStmt:
					x = a.X.(*ast.TypeAssertExpr).X
				}
				for _, c := range n.Body.List {
					for _, e := range c.(*ast.CaseClause).List {
						add(r.typeOf(e), x)
					}
				}
			case *ast.IndexExpr: // m[k] with keys of interface type: k is converted to it, and range gives it back
				if t := r.typeOf(n.X); t != nil {
					if m, ok := t.Underlying().(*types.Map); ok {
						add(m.Key(), n.Index)
					}
				}
			case *ast.RangeStmt: // for k, v = range xs, into variables of interface type
				if n.Tok == token.ASSIGN {
					if k, v := r.rangeTypes(n.X); k != nil {
						if n.Key != nil {
							addType(r.typeOf(n.Key), k)
						}
						if n.Value != nil {
							addType(r.typeOf(n.Value), v)
						}
					}
				}
			case *ast.CallExpr:
				r.addArgs(add, n)
				if len(n.Args) == 1 {
					spread(func(i int) types.Type { return r.paramType(n, i) }, n.Args[0])
				}
			}
			return true
		})
	}
	return h
}

// add records that a value of type from is converted to the interface to.
func (h *ifaceHeld) add(to, from types.Type) {
	for i, t := range h.ifaces {
		if types.Identical(t, to) {
			for _, s := range h.srcs[i] {
				if types.Identical(s, from) {
					return
				}
			}
			h.srcs[i] = append(h.srcs[i], from)
			return
		}
	}
	h.ifaces = append(h.ifaces, to)
	h.srcs = append(h.srcs, []types.Type{from})
}

// sources returns the types converted to the interface type t.
func (h *ifaceHeld) sources(t types.Type) []types.Type {
	for i, it := range h.ifaces {
		if types.Identical(it, t) {
			return h.srcs[i]
		}
	}
	return nil
}

// reach calls visit for each type that a value of type t may hold at run
// time, itself and what its interfaces may hold, through pointers,
// slices, arrays, maps, channels, struct fields, and, where results is
// set, the results of functions, until visit returns true, and reports
// whether it did.
func (h *ifaceHeld) reach(t types.Type, results bool, visit func(types.Type) bool) bool {
	seen := map[types.Type]bool{}
	var walk func(t types.Type) bool
	walk = func(t types.Type) bool {
		found := false
		var inner []types.Type
		rewrite.Involves(t, func(x types.Type) bool {
			if visit(x) {
				found = true
				return true
			}
			if seen[x] {
				return false
			}
			seen[x] = true
			if types.IsInterface(x) {
				inner = append(inner, h.sources(x)...)
			}
			if sig, ok := types.Unalias(x).(*types.Signature); ok && results {
				inner = append(inner, templateResults(sig)...)
			}
			return false
		})
		if found {
			return true
		}
		for _, s := range inner {
			if walk(s) {
				return true
			}
		}
		return false
	}
	return walk(t)
}

// enclosingSig returns the signature of the innermost function in stack.
func enclosingSig(r *reporter, stack []ast.Node) *types.Signature {
	for i := len(stack) - 1; i >= 0; i-- {
		switch fn := stack[i].(type) {
		case *ast.FuncLit:
			sig, _ := r.typeOf(fn).(*types.Signature)
			return sig
		case *ast.FuncDecl:
			if obj, ok := r.info.Defs[fn.Name].(*types.Func); ok {
				return obj.Type().(*types.Signature)
			}
			return nil
		}
	}
	return nil
}

// addTuple records the conversions of a multi-value assignment, lhs = call().
func (r *reporter) addTuple(h *ifaceHeld, lhs []ast.Expr, rhs ast.Expr) {
	tup, ok := r.typeOf(rhs).(*types.Tuple)
	if !ok || tup.Len() != len(lhs) {
		return
	}
	for i, l := range lhs {
		to := r.typeOf(l)
		from := tup.At(i).Type()
		if to == nil || !types.IsInterface(to) || types.Identical(to, from) {
			continue
		}
		if _, isParam := types.Unalias(from).(*types.TypeParam); isParam {
			h.generic = true
			continue
		}
		h.add(to, from)
	}
}

// addElements records the conversions of a composite literal's elements.
func (r *reporter) addElements(add func(types.Type, ast.Expr), lit *ast.CompositeLit) {
	t := r.typeOf(lit)
	if t == nil {
		return
	}
	if p, ok := t.Underlying().(*types.Pointer); ok { // an elided &T{} inside a composite literal
		t = p.Elem()
	}
	switch u := t.Underlying().(type) {
	case *types.Struct:
		for i, el := range lit.Elts {
			if kv, ok := el.(*ast.KeyValueExpr); ok {
				if id, ok := kv.Key.(*ast.Ident); ok {
					for j := range u.NumFields() {
						if u.Field(j).Name() == id.Name {
							add(u.Field(j).Type(), kv.Value)
						}
					}
				}
			} else if i < u.NumFields() {
				add(u.Field(i).Type(), el)
			}
		}
	case *types.Map:
		for _, el := range lit.Elts {
			if kv, ok := el.(*ast.KeyValueExpr); ok {
				add(u.Key(), kv.Key)
				add(u.Elem(), kv.Value)
			}
		}
	case *types.Slice:
		r.addIndexed(add, lit, u.Elem())
	case *types.Array:
		r.addIndexed(add, lit, u.Elem())
	}
}

// addIndexed records the conversions of the elements of a slice or array
// literal whose elements are of type elem.
func (r *reporter) addIndexed(add func(types.Type, ast.Expr), lit *ast.CompositeLit, elem types.Type) {
	for _, el := range lit.Elts {
		if kv, ok := el.(*ast.KeyValueExpr); ok {
			el = kv.Value
		}
		add(elem, el)
	}
}

// addArgs records the conversions of a call's arguments, and of an
// explicit conversion to an interface, but for a call of a function or
// method of readOnlyPackages.
func (r *reporter) addArgs(add func(types.Type, ast.Expr), call *ast.CallExpr) {
	if tv, ok := r.info.Types[call.Fun]; ok && tv.IsType() {
		if len(call.Args) == 1 {
			add(tv.Type, call.Args[0])
		}
		return
	}
	if fn := calledFunc(r.info, call.Fun); fn != nil && fn.Pkg() != nil && readOnlyPackages[fn.Pkg().Path()] && !keeping[fn.Pkg().Path()+"."+fn.Name()] {
		return
	}
	if fn := calledFunc(r.info, call.Fun); fn != nil && fn.Pkg() != nil && serving[fn.Pkg().Path()+"."+fn.Name()] {
		return
	}
	sig, ok := r.typeOf(call.Fun).(*types.Signature)
	if !ok {
		if t := r.typeOf(call.Fun); t != nil {
			sig, ok = t.Underlying().(*types.Signature)
		}
		if !ok {
			return
		}
	}
	params := sig.Params()
	for i, a := range call.Args {
		var pt types.Type
		switch {
		case sig.Variadic() && i >= params.Len()-1:
			last := params.At(params.Len() - 1).Type()
			if call.Ellipsis.IsValid() {
				pt = last
			} else if s, ok := last.Underlying().(*types.Slice); ok {
				pt = s.Elem()
			}
		case i < params.Len():
			pt = params.At(i).Type()
		}
		if call.Ellipsis.IsValid() && i == len(call.Args)-1 {
			// a slice spread into the parameter: its elements are converted where the slice was made
			continue
		}
		add(pt, a)
	}
}

// calledFunc returns the function or method a call's fun names, or nil.
func calledFunc(info *types.Info, fun ast.Expr) *types.Func {
	switch f := ast.Unparen(fun).(type) {
	case *ast.Ident:
		fn, _ := info.Uses[f].(*types.Func)
		return fn
	case *ast.SelectorExpr:
		fn, _ := info.Uses[f.Sel].(*types.Func)
		return fn
	case *ast.IndexExpr:
		return calledFunc(info, f.X)
	}
	return nil
}

// templateResults returns the types of the results of a function that a
// template calls which it hands the template: all but a second one of
// type error, which stops the execution with its text.
func templateResults(sig *types.Signature) []types.Type {
	var out []types.Type
	for i := range sig.Results().Len() {
		t := sig.Results().At(i).Type()
		if i == 1 && types.Identical(t, types.Universe.Lookup("error").Type()) {
			continue
		}
		out = append(out, t)
	}
	return out
}

// paramType returns the type of the parameter that the i'th argument of
// call goes to, or nil where it is not known: for a call of a conversion,
// or of a library function of readOnlyPackages that keeps nothing, nil.
func (r *reporter) paramType(call *ast.CallExpr, i int) types.Type {
	if tv, ok := r.info.Types[call.Fun]; ok && tv.IsType() {
		return nil
	}
	if fn := calledFunc(r.info, call.Fun); fn != nil && fn.Pkg() != nil && readOnlyPackages[fn.Pkg().Path()] && !keeping[fn.Pkg().Path()+"."+fn.Name()] {
		return nil
	}
	t := r.typeOf(call.Fun)
	if t == nil {
		return nil
	}
	sig, ok := t.Underlying().(*types.Signature)
	if !ok {
		return nil
	}
	params := sig.Params()
	if sig.Variadic() && i >= params.Len()-1 {
		if s, ok := params.At(params.Len() - 1).Type().Underlying().(*types.Slice); ok {
			return s.Elem()
		}
		return nil
	}
	if i < params.Len() {
		return params.At(i).Type()
	}
	return nil
}

// rangeTypes returns the types of the key and the value that ranging
// over x gives, or nils where x is not a slice, array, pointer to an
// array, string, map or channel.
func (r *reporter) rangeTypes(x ast.Expr) (key, value types.Type) {
	t := r.typeOf(x)
	if t == nil {
		return nil, nil
	}
	u := t.Underlying()
	if p, ok := u.(*types.Pointer); ok {
		u = p.Elem().Underlying()
	}
	switch u := u.(type) {
	case *types.Slice:
		return types.Typ[types.Int], u.Elem()
	case *types.Array:
		return types.Typ[types.Int], u.Elem()
	case *types.Map:
		return u.Key(), u.Elem()
	case *types.Chan:
		return u.Elem(), nil
	case *types.Basic:
		if u.Info()&types.IsString != 0 {
			return types.Typ[types.Int], types.Typ[types.Rune]
		}
	}
	return nil, nil
}
