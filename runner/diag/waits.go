package diag

import (
	"go/ast"
	"go/parser"
	"go/token"
	"strings"
)

// MainWaits returns the position, as line and column in src, of the one
// operation in the body of src's func main that can wait as Go's goroutine
// dump names state ("chan receive", "select", "sync.WaitGroup.Wait", ...).
// The caller knows that main waits in its own body, not in a function it
// called. ok is false unless exactly one operation of main can wait that
// way: a position that might be wrong is no position.
func MainWaits(src []byte, state string) (line, col int, ok bool) {
	match := waitsAs(state)
	if match == nil {
		return 0, 0, false
	}
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "", src, parser.SkipObjectResolution)
	if err != nil {
		return 0, 0, false
	}
	var body *ast.BlockStmt
	for _, d := range f.Decls {
		if fd, isFunc := d.(*ast.FuncDecl); isFunc && fd.Recv == nil && fd.Name.Name == "main" {
			body = fd.Body
		}
	}
	if body == nil {
		return 0, 0, false
	}
	// Every operation that could wait so counts, the communications of
	// a select's cases too; a function literal runs in a frame of its own.
	var found []ast.Node
	ast.Inspect(body, func(n ast.Node) bool {
		if _, isLit := n.(*ast.FuncLit); isLit {
			return false
		}
		if match(n) {
			found = append(found, n)
		}
		return true
	})
	if len(found) != 1 {
		return 0, 0, false
	}
	p := fset.Position(found[0].Pos())
	return p.Line, p.Column, true
}

// waitsAs returns what matches the operations that wait in state, or nil
// for a state no operation of the script's own names.
func waitsAs(state string) func(ast.Node) bool {
	call := func(method string) func(ast.Node) bool {
		return func(n ast.Node) bool {
			c, isCall := n.(*ast.CallExpr)
			if !isCall || len(c.Args) != 0 {
				return false
			}
			sel, isSel := c.Fun.(*ast.SelectorExpr)
			return isSel && sel.Sel.Name == method
		}
	}
	switch strings.TrimSuffix(strings.TrimSuffix(state, " (nil chan)"), " (no cases)") {
	case "chan receive":
		return func(n ast.Node) bool {
			if u, isUnary := n.(*ast.UnaryExpr); isUnary && u.Op == token.ARROW {
				return true
			}
			_, isRange := n.(*ast.RangeStmt) // a range over a channel, as far as syntax tells
			return isRange
		}
	case "chan send":
		return func(n ast.Node) bool { _, isSend := n.(*ast.SendStmt); return isSend }
	case "select":
		return func(n ast.Node) bool { _, isSelect := n.(*ast.SelectStmt); return isSelect }
	case "sync.WaitGroup.Wait", "sync.Cond.Wait":
		return call("Wait")
	case "sync.Mutex.Lock", "sync.RWMutex.Lock":
		return call("Lock")
	case "sync.RWMutex.RLock":
		return call("RLock")
	}
	return nil
}
