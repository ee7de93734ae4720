package refuse

import (
	"go/ast"
	"go/types"

	"github.com/socklab/socklab/runner/rewrite"
)

// storedArgs are the parameters, by position, of the functions and
// methods of Go's library that keep a value of type any and hand it back
// later (a sync.Map's Store and Load), by package path and name (methods
// as Type.Method).
var storedArgs = map[string]map[string][]int{
	"sync":           {"Map.Store": {1}, "Map.LoadOrStore": {1}, "Map.Swap": {1}, "Map.CompareAndSwap": {1, 2}, "Pool.Put": {0}},
	"sync/atomic":    {"Value.Store": {0}, "Value.Swap": {0}, "Value.CompareAndSwap": {0, 1}},
	"container/list": {"List.PushBack": {0}, "List.PushFront": {0}, "List.InsertBefore": {0}, "List.InsertAfter": {0}},
	"context":        {"WithValue": {2}},
}

// libraryStores refuses a value of a type on a basic type with a String,
// Error or Format method that runner/rewrite does not make a type the
// interpreter tells apart (see basicNamed: one with other methods too, or
// embedded in a struct), handed to a function of Go's library that keeps
// it as an any and hands it back (sync.Map's Store, list.PushBack,
// context.WithValue, atomic.Value's Store): the interpreter hands the
// library the bare basic value, without its methods, so fmt printed the
// value that came back as a number where Go calls its String method,
// where printing tells the type's values in an interface from the basic
// type's only in the interpreter's wrapper (rewrite.AnyCase's Wrapped:
// the script prints values of that basic type through an interface too);
// where not, it takes the bare value for the type's and prints it as Go
// does.
func libraryStores(r *reporter) {
	var cases []rewrite.AnyCase // ShownThroughAny's, once a store asks
	asked := false
	bare := func(t types.Type) bool {
		if !asked {
			cases, asked = rewrite.ShownThroughAny(r.files, r.pkg, r.info), true
		}
		for _, c := range cases {
			if types.Identical(c.Type, t) {
				return c.Wrapped // else printing finds the bare value too
			}
		}
		return true
	}
	r.inspect(func(n ast.Node, _ []ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok {
			return true
		}
		var id *ast.Ident
		switch fun := ast.Unparen(call.Fun).(type) {
		case *ast.SelectorExpr:
			id = fun.Sel
		case *ast.Ident:
			id = fun
		}
		fn, ok := r.info.Uses[id].(*types.Func)
		if !ok || fn.Pkg() == nil {
			return true
		}
		name := fn.Name()
		if recv := fn.Type().(*types.Signature).Recv(); recv != nil {
			t := recv.Type()
			if p, ok := t.(*types.Pointer); ok {
				t = p.Elem()
			}
			named, ok := types.Unalias(t).(*types.Named)
			if !ok {
				return true
			}
			name = named.Obj().Name() + "." + name
		}
		for _, i := range storedArgs[fn.Pkg().Path()][name] {
			if i >= len(call.Args) {
				continue
			}
			arg := call.Args[i]
			t := r.basicNamed(arg)
			method := fmtMethod(t)
			if t == nil || method == "" || !bare(t) {
				continue
			}
			r.refuse(arg.Pos(), "the interpreter hands %s the %s as a bare %s, without its methods, so a value that comes back prints as that number where Go calls its %s method: %s",
				fn.Pkg().Name()+"."+name, types.TypeString(t, types.RelativeTo(r.pkg)), t.Underlying().String(), method, r.insteadOfBasic(t))
		}
		return true
	})
}

// fmtMethod returns the name of t's method that fmt calls to print it,
// Format before Error and String as fmt asks, or "" where it has none.
func fmtMethod(t types.Type) string {
	if t == nil {
		return ""
	}
	ms := types.NewMethodSet(t)
	for _, name := range []string{"Format", "Error", "String"} {
		if ms.Lookup(nil, name) != nil {
			return name
		}
	}
	return ""
}
