package rewrite

import (
	"go/ast"
	"go/types"
)

// An http.Server logs a handler's panic with its value printed as %v
// does, an error's Error or a Stringer's String ("http: panic serving
// 127.0.0.1:5000: bad code 7"). The interpreter panics with a value of
// the script's struct type as a value of its own making, without its
// methods, and the server's ErrorLog printed its fields ({7}, &{7}). In
// the handlers of a package that sets an ErrorLog (see handlersLogged),
// this pass panics with such a value handed on as the interface whose
// method the log calls, through a function written after the file's last
// line, which the interpreter hands the value in its wrapper that has the
// method:
//
//	panic(codeErr{7})   =>   panic(_slPanicAs1(/*line :9:8*/codeErr{7})/*line :9:18*/)
//	func _slPanicAs1(v error) any { return v }
//
// A value that another pass edits at its edges is left as it is.

func handlerPanics(p *Package, f *ast.File, e *Editor) {
	bodies := handlersLogged(p.Info, p.Files)
	if len(bodies) == 0 {
		return
	}
	errType := types.Universe.Lookup("error").Type().Underlying().(*types.Interface)
	stringer := types.NewInterfaceType([]*types.Func{types.NewFunc(0, nil, "String", types.NewSignatureType(nil, nil, nil, nil, types.NewTuple(types.NewVar(0, nil, "", types.Typ[types.String])), false))}, nil).Complete()
	convs := map[string]string{} // the functions that hand a value on as an interface, by its spelling
	for _, body := range inOrder(bodies) {
		if p.Fset.File(body.Pos()) != p.Fset.File(f.Pos()) {
			continue
		}
		ast.Inspect(body, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok || len(call.Args) != 1 || builtinName(p.Info, call) != "panic" {
				return true
			}
			x := call.Args[0]
			t := p.Info.TypeOf(x)
			if t == nil || types.IsInterface(t) {
				return true
			}
			base := t
			if ptr := pointee(t); ptr != nil {
				base = ptr
			}
			named, ok := types.Unalias(base).(*types.Named)
			if !ok || named.Obj().Pkg() == nil || !interpreted(p, named.Obj().Pkg()) {
				return true
			}
			if _, isStruct := named.Underlying().(*types.Struct); !isStruct {
				return true // a named basic type carries its methods (pass basicnamed)
			}
			var iface string
			switch {
			case types.Implements(t, errType):
				iface = "error"
			case types.Implements(t, stringer):
				iface = e.ImportLibrary("fmt") + ".Stringer"
			default:
				return true
			}
			if e.editedInside(x.Pos()-1, x.End()+1) {
				return true
			}
			conv, ok := convs[iface]
			if !ok {
				conv = e.Name("slPanicAs")
				convs[iface] = conv
				e.Append("func " + conv + "(v " + iface + ") any { return v }")
			}
			e.InsertLast(x.Pos(), conv+"("+lineDirective(p, x.Pos()))
			e.InsertFirst(x.End(), ")"+lineDirective(p, x.End()))
			return true
		})
	}
}
