package refuse

import (
	"go/ast"
	"go/types"

	"github.com/socklab/socklab/runner/rewrite"
)

// stderrDescriptor refuses (*os.File).Fd and SyscallConn taken as values
// (f.Fd without a call, (*os.File).Fd): a script's standard error is
// descriptor 3 of its process, as descriptor 2 carries the Go runtime's own
// reports to the supervisor, and only their calls go through lift, which
// answers 2 for it, as Go does (see rewrite's pass stderrfd).
func stderrDescriptor(r *reporter) {
	r.inspect(func(n ast.Node, stack []ast.Node) bool {
		sel, ok := n.(*ast.SelectorExpr)
		if !ok || (sel.Sel.Name != "Fd" && sel.Sel.Name != "SyscallConn") {
			return true
		}
		method := rewrite.FileDescriptorMethod(r.info, sel)
		if !method {
			if s, ok := r.info.Selections[sel]; !ok || s.Kind() != types.MethodExpr || !isOSFileMethod(s.Obj()) {
				return true
			}
		}
		if len(stack) > 0 {
			if call, ok := stack[len(stack)-1].(*ast.CallExpr); ok && ast.Unparen(call.Fun) == ast.Expr(sel) && method {
				return true // a call: lifted
			}
		}
		r.refuse(sel.Sel.Pos(), "%s taken as a value names descriptor 3 for the script's standard error under socklab, which keeps descriptor 2 for the Go runtime's own reports, where Go's is 2: call it where you need the descriptor (f.%s())", sel.Sel.Name, sel.Sel.Name)
		return true
	})
}

// isOSFileMethod reports whether obj is a method of os.File.
func isOSFileMethod(obj types.Object) bool {
	fn, ok := obj.(*types.Func)
	if !ok || fn.Pkg() == nil || fn.Pkg().Path() != "os" {
		return false
	}
	recv := fn.Signature().Recv()
	if recv == nil {
		return false
	}
	t := recv.Type()
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem()
	}
	named, ok := t.(*types.Named)
	return ok && named.Obj().Name() == "File"
}
