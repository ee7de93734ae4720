package diag

import (
	"go/ast"
	"go/parser"
	"go/token"
	"strconv"
	"strings"
)

// The interpreter names, for a panic, the first statement of the function
// in which it happened rather than the statement itself. Locate narrows
// that down: it looks in that function for the kinds of expression that
// fail with msg (a call to sock's Connect for a refused connection, an
// index for an index out of range, ...) and returns their lines. It
// returns nil when it finds none, and then line is the best there is.
func Locate(src []byte, line int, msg string) []int {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "", src, parser.SkipObjectResolution)
	if err != nil {
		return nil
	}
	body := enclosingBody(fset, f, line)
	if body == nil {
		return nil
	}
	match := matcher(msg)
	var found []int
	ast.Inspect(body, func(n ast.Node) bool {
		if lit, ok := n.(*ast.FuncLit); ok && lit.Body != body {
			return false // a nested function runs as a function of its own
		}
		if n != nil && match(n) && !otherAddress(n, msg) {
			l := fset.Position(n.Pos()).Line
			if len(found) == 0 || found[len(found)-1] != l {
				found = append(found, l)
			}
		}
		return true
	})
	return found
}

// otherAddress reports whether n is a call whose first argument is an
// address literal other than the one msg names ("listen on ADDR: ..."):
// that call cannot be the one that failed.
func otherAddress(n ast.Node, msg string) bool {
	c, ok := n.(*ast.CallExpr)
	if !ok || len(c.Args) == 0 {
		return false
	}
	lit, ok := c.Args[0].(*ast.BasicLit)
	if !ok || lit.Kind != token.STRING {
		return false
	}
	addr, err := strconv.Unquote(lit.Value)
	if err != nil {
		return false
	}
	for _, op := range []string{"listen on ", "connect to "} {
		if rest, ok := strings.CutPrefix(msg, op); ok {
			return !strings.HasPrefix(rest, addr+":")
		}
	}
	return false
}

// enclosingBody returns the body of the innermost function that holds line.
func enclosingBody(fset *token.FileSet, f *ast.File, line int) *ast.BlockStmt {
	var best *ast.BlockStmt
	ast.Inspect(f, func(n ast.Node) bool {
		var body *ast.BlockStmt
		switch fn := n.(type) {
		case *ast.FuncDecl:
			body = fn.Body
		case *ast.FuncLit:
			body = fn.Body
		}
		if body != nil && fset.Position(body.Lbrace).Line <= line && line <= fset.Position(body.Rbrace).Line {
			best = body
		}
		return true
	})
	return best
}

// matcher returns a test for the expressions that can fail with msg.
func matcher(msg string) func(ast.Node) bool {
	calls := func(names ...string) func(ast.Node) bool {
		return func(n ast.Node) bool {
			c, ok := n.(*ast.CallExpr)
			if !ok {
				return false
			}
			name := ""
			switch fn := c.Fun.(type) {
			case *ast.SelectorExpr:
				name = fn.Sel.Name
			case *ast.Ident:
				name = fn.Name
			}
			for _, want := range names {
				if name == want || (strings.HasSuffix(want, "*") && strings.HasPrefix(name, strings.TrimSuffix(want, "*"))) {
					return true
				}
			}
			return false
		}
	}
	switch {
	case strings.HasPrefix(msg, "connect to "):
		return calls("Dial", "Connect", "DialTimeout", "DialTCP", "DialUDP")
	case strings.HasPrefix(msg, "listen on "):
		return calls("Listen", "ListenTCP", "ListenUDP", "ListenPacket", "ListenAndServe")
	case strings.HasPrefix(msg, "accept on "):
		return calls("Accept", "Serve", "ServeConcurrently")
	case strings.HasPrefix(msg, "receive from "):
		return calls("Recv*")
	case strings.HasPrefix(msg, "send to "), strings.HasPrefix(msg, "close sending to "):
		return calls("Send*", "CloseSend")
	case strings.HasPrefix(msg, "index out of range"):
		return func(n ast.Node) bool { _, ok := n.(*ast.IndexExpr); return ok }
	case strings.Contains(msg, "nil map"):
		return func(n ast.Node) bool {
			a, ok := n.(*ast.AssignStmt)
			if !ok {
				return false
			}
			for _, lhs := range a.Lhs {
				if _, ok := lhs.(*ast.IndexExpr); ok {
					return true
				}
			}
			return false
		}
	case strings.HasPrefix(msg, "slice bounds out of range"):
		return func(n ast.Node) bool { _, ok := n.(*ast.SliceExpr); return ok }
	case strings.Contains(msg, "divide by zero"):
		return func(n ast.Node) bool {
			b, ok := n.(*ast.BinaryExpr)
			return ok && (b.Op == token.QUO || b.Op == token.REM)
		}
	case strings.HasPrefix(msg, "interface conversion"):
		return func(n ast.Node) bool { _, ok := n.(*ast.TypeAssertExpr); return ok }
	case msg == ErrEndOfInput.Error():
		return calls("Input")
	}
	return calls("panic", "Fatal", "Fatalf", "Fatalln", "Panic", "Panicf", "Panicln")
}
