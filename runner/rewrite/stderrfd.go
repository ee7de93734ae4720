package rewrite

import (
	"go/ast"
	"go/types"

	"github.com/socklab/socklab/runner/lift"
)

// A script's standard error is descriptor 3 of its process, as descriptor
// 2 carries the Go runtime's own reports to the supervisor; so
// os.Stderr.Fd() returned 3 where a Go build returns 2. This pass calls
// (*os.File).Fd and SyscallConn through lift.Fd and lift.SyscallConn,
// which answer 2 for the script's standard error:
//
//	os.Stderr.Fd()   =>   lift.Fd(/*line :9:14*/os.Stderr)/*line :9:28*/
//
// runner/refuse refuses the two methods taken as values.

func stderrFDs(p *Package, f *ast.File, e *Editor) {
	ast.Inspect(f, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok || len(call.Args) != 0 {
			return true
		}
		sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
		if !ok || !FileDescriptorMethod(p.Info, sel) {
			return true
		}
		e.Insert(call.Pos(), e.Import(lift.Package)+"."+sel.Sel.Name+"("+lineDirective(p, sel.X.Pos()))
		e.Replace(sel.X.End(), call.End(), ")"+lineDirective(p, call.End()))
		return true
	})
}

// FileDescriptorMethod reports whether sel selects the method Fd or
// SyscallConn of an *os.File, which name the file's descriptor.
func FileDescriptorMethod(info *types.Info, sel *ast.SelectorExpr) bool {
	if sel.Sel.Name != "Fd" && sel.Sel.Name != "SyscallConn" {
		return false
	}
	s, ok := info.Selections[sel]
	if !ok {
		return false
	}
	fn, ok := s.Obj().(*types.Func)
	if !ok || fn.Pkg() == nil || fn.Pkg().Path() != "os" {
		return false
	}
	recv := fn.Signature().Recv()
	if recv == nil {
		return false
	}
	ptr, ok := recv.Type().(*types.Pointer)
	if !ok {
		return false
	}
	named, ok := ptr.Elem().(*types.Named)
	return ok && named.Obj().Name() == "File"
}
