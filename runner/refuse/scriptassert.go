package refuse

import (
	"go/ast"
	"go/types"
)

// heldScriptAssertion reports whether runner/rewrite answers an assertion
// (or a type switch's case) of x to the interface that the type
// expression iface names by asking first for the script's types that
// implement it (see rewrite.HeldLifted): x is an empty interface and
// iface an interface with methods that the script declares at its top
// level, whose assertion the interpreter never answers for a value of the
// script's held there (s, ok := v.(Shape) was false for a Circle).
func (r *reporter) heldScriptAssertion(x, iface ast.Expr) bool {
	xt, it := r.typeOf(x), r.typeOf(iface)
	if xt == nil || it == nil || isTypeParamType(xt) || !isEmptyInterface(xt) || !r.declared(it) {
		return false
	}
	n := types.Unalias(it).(*types.Named)
	u, ok := n.Underlying().(*types.Interface)
	return ok && u.NumMethods() > 0 && n.Obj().Parent() == r.pkg.Scope() && n.TypeParams().Len() == 0
}

// libraryMayHold reports whether x, of an empty interface, may hold at
// run time a value with the methods of the script's interface that iface
// names that the interpreter's assertion does not see and runner/rewrite
// does not ask for: a value of Go's library (a *net.OpError of an error
// handed on as any), of a type of lift's pool, or of another package of
// the script. It looks at what the package converts to its interface
// types, and at the calls of Go's library that make an empty interface
// of their own (reflect's Interface, a json.Decoder's Token) and at
// recover, which may return a runtime.Error; a value of Go's library
// has the methods only where the library declares each of their names
// (libraryMethods). An interface with an unexported method only the
// package's own types implement.
func (r *reporter) libraryMayHold(x, iface ast.Expr) bool {
	it, ok := r.typeOf(iface).Underlying().(*types.Interface)
	if !ok {
		return true
	}
	return r.libraryMayHoldIn(x, it)
}

// libraryMayHoldIn is libraryMayHold of the interface it.
func (r *reporter) libraryMayHoldIn(x ast.Expr, it *types.Interface) bool {
	for i := range it.NumMethods() {
		if !it.Method(i).Exported() {
			return false
		}
	}
	h := r.held()
	if h.generic {
		return true
	}
	implements := func(t types.Type) bool {
		if types.Implements(t, it) {
			return true
		}
		_, ptr := types.Unalias(t).(*types.Pointer)
		return !ptr && !types.IsInterface(t) && types.Implements(types.NewPointer(t), it)
	}
	seen := map[types.Type]bool{}
	var holds func(t types.Type) bool
	holds = func(t types.Type) bool {
		for _, held := range h.sources(t) {
			if seen[held] {
				continue
			}
			seen[held] = true
			if types.IsInterface(held) {
				n, named := types.Unalias(held).(*types.Named)
				u, _ := held.Underlying().(*types.Interface)
				// an interface of Go's library (error, io.Reader) holds
				// values of Go's library the package does not see
				// converted, which have its methods only where a type of
				// the library declares each of their names
				if named && !r.declared(n) && u != nil && u.NumMethods() > 0 && libraryMethods(it) || holds(held) {
					return true
				}
				continue
			}
			base := held
			if p, ok := types.Unalias(held).(*types.Pointer); ok {
				base = p.Elem()
			}
			if r.declared(base) && !r.pooled(base) {
				continue // asked for, or refused by mayHoldImplementation
			}
			if implements(held) {
				return true
			}
		}
		return false
	}
	if holds(r.typeOf(x)) {
		return true
	}
	return r.makesLibraryAny() && libraryMethods(it) || r.callsRecover() && runtimeErrorLike(it)
}

// keptAny are the functions and methods of Go's library whose empty
// interface results hold only what the script handed them.
var keptAny = map[string]bool{
	"sync.Load": true, "sync.LoadOrStore": true, "sync.LoadAndDelete": true, "sync.Swap": true, "sync.Get": true,
	"sync/atomic.Load": true, "sync/atomic.Swap": true,
	"container/heap.Pop": true, "container/heap.Remove": true,
	"context.Value": true,
}

// makesLibraryAny reports whether the package calls a function of another
// package with a result of an empty interface that may hold a value the
// function made (reflect.Value's Interface, json.Decoder's Token), not
// one that keptAny lists.
func (r *reporter) makesLibraryAny() bool {
	for _, obj := range r.info.Uses {
		fn, ok := obj.(*types.Func)
		if !ok || fn.Pkg() == nil || fn.Pkg() == r.pkg || keptAny[fn.Pkg().Path()+"."+fn.Name()] {
			continue
		}
		res := fn.Type().(*types.Signature).Results()
		for i := range res.Len() {
			if t := res.At(i).Type(); !isTypeParamType(t) && isEmptyInterface(t) {
				return true
			}
		}
	}
	return false
}

// callsRecover reports whether the package calls the builtin recover.
func (r *reporter) callsRecover() bool {
	for _, obj := range r.info.Uses {
		if b, ok := obj.(*types.Builtin); ok && b.Name() == "recover" {
			return true
		}
	}
	return false
}

// runtimeErrorLike reports whether a runtime.Error (Error and
// RuntimeError) may have the methods of it, by their names.
func runtimeErrorLike(it *types.Interface) bool {
	for i := range it.NumMethods() {
		if name := it.Method(i).Name(); name != "Error" && name != "RuntimeError" {
			return false
		}
	}
	return true
}

// scriptInterfaceArg returns an interface with methods that the script
// declares that an instance the package makes gives the type parameter
// tp of a generic function or type (As[Shape] of func As[T any]), or nil.
func (r *reporter) scriptInterfaceArg(tp *types.TypeParam) *types.Named {
	for id, inst := range r.info.Instances {
		var params *types.TypeParamList
		switch obj := r.info.Uses[id].(type) {
		case *types.Func:
			params = obj.Type().(*types.Signature).TypeParams()
		case *types.TypeName:
			if n, ok := obj.Type().(*types.Named); ok {
				params = n.TypeParams()
			}
		}
		if params == nil || tp.Index() >= params.Len() || params.At(tp.Index()).Obj() != tp.Obj() || tp.Index() >= inst.TypeArgs.Len() {
			continue
		}
		arg := inst.TypeArgs.At(tp.Index())
		n, ok := types.Unalias(arg).(*types.Named)
		if !ok || !r.declared(n) {
			continue
		}
		if u, ok := n.Underlying().(*types.Interface); ok && u.NumMethods() > 0 {
			return n
		}
	}
	return nil
}
