package rewrite

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"sync"

	"github.com/socklab/socklab/runner/hint"
)

// A receive that waits with half a message in hand is a lesson's most
// common bug, and the interpreter cannot say which line waits. When hints
// are on (see package hint), this pass registers each receive call of a
// sock.Conn, frame.Reader, bufio.Reader or Scanner, or net.Conn, and puts
// a call of hint.At before the statement that holds it, after the
// statement before it (or the brace or colon that opens its list), so
// that lines and the columns of the code stay the student's. A receive
// whose ok (or error) the script keeps, in a loop that receives through
// nothing else, gets its At before the loop: once, not per message. One
// that ignores it keeps its At, which counts receives after the end of
// the stream. A receiver
// that is not a variable or a field of one (a call, an index) is left
// alone, since naming it twice could run it twice.

// A recvMethod is a receive method the hints know.
type recvMethod struct {
	delim string // the delimiter it waits for, or "" (see hint.Site)
	what  string // what it waits for, without a delimiter
	arg   bool   // the delimiter is its first argument, when constant
}

const (
	sockPath  = "github.com/socklab/socklab/stdlib/sock"
	framePath = "github.com/socklab/socklab/stdlib/frame"
)

var recvMethods = sync.OnceValue(func() map[string]map[string]recvMethod {
	return map[string]map[string]recvMethod{
		sockPath + ".Conn": {
			"RecvLine":  {delim: "\n"},
			"RecvUntil": {arg: true},
			"RecvMsg":   {what: "a message sent with SendMsg"},
			"Recv":      {what: "any bytes"},
		},
		framePath + ".Reader": {
			"ReadLine":        {delim: "\n"},
			"ReadNUL":         {delim: "\x00"},
			"ReadUntil":       {arg: true},
			"ReadStringUntil": {arg: true},
			"ReadPrefixed":    {what: "a length-prefixed message"},
			"Read":            {what: "any bytes"},
			"Next":            {what: "any bytes"},
		},
		"bufio.Reader": {
			"ReadString": {arg: true},
			"ReadBytes":  {arg: true},
			"ReadSlice":  {arg: true},
			"ReadLine":   {delim: "\n"},
		},
		"bufio.Scanner": {
			"Scan": {delim: "\n"},
		},
		"net.Conn": {
			"Read": {what: "any bytes"},
		},
	}
})

func recvSites(p *Package, f *ast.File, e *Editor) {
	if p.Hints == nil || !p.Hints.Receives {
		return
	}
	splits := scannerSplits(p, f)
	done := map[string]bool{} // statement offset and receiver: At once for both
	ast.PreorderStack(f, nil, func(n ast.Node, stack []ast.Node) bool {
		stack = append(stack, n) // with n on top
		call, ok := n.(*ast.CallExpr)
		if !ok {
			return true
		}
		sel, ok := call.Fun.(*ast.SelectorExpr)
		if !ok {
			return true
		}
		m, ok := receiveMethod(p, sel)
		if !ok || !plain(p, sel.X) {
			return true
		}
		at, first, ok := statementOf(stack)
		if !ok || e.inside(at) || declaredAfter(p, sel.X, at) {
			return true
		}
		if okChecked(stack) {
			at, first = hoist(p, e, stack, sel)
		}
		pos := p.Fset.Position(sel.Sel.Pos())
		site := hint.Site{File: pos.Filename, Line: pos.Line, Delim: m.delim, What: m.what}
		if m.arg {
			site.Delim, ok = constantDelim(p, call)
			if !ok {
				site.What = "a message ending in a delimiter"
			}
		}
		if site.Delim == "\n" && splits && sel.Sel.Name == "Scan" {
			site.Delim, site.What = "", "the scanner's next token"
		}
		recv := e.Text(sel.X.Pos(), sel.X.End())
		key := fmt.Sprint(at, recv)
		if done[key] {
			return true
		}
		done[key] = true
		if len(done) == 1 {
			e.Insert(f.Name.End(), fmt.Sprintf("; import %s %q", hint.Alias, hint.Package))
		}
		text := fmt.Sprintf("%s.At(%s, %d)", hint.Alias, recv, p.Hints.Add(site))
		if first {
			e.Insert(at, " "+text+";")
		} else {
			e.Insert(at, "; "+text)
		}
		return true
	})
}

// receiveMethod returns the receive method that sel selects, if it is one
// the hints know.
func receiveMethod(p *Package, sel *ast.SelectorExpr) (recvMethod, bool) {
	s, ok := p.Info.Selections[sel]
	if !ok || s.Kind() != types.MethodVal {
		return recvMethod{}, false
	}
	t := s.Recv()
	if ptr, ok := t.(*types.Pointer); ok {
		t = ptr.Elem()
	}
	named, ok := types.Unalias(t).(*types.Named)
	if !ok || named.Obj().Pkg() == nil {
		return recvMethod{}, false
	}
	m, ok := recvMethods()[named.Obj().Pkg().Path()+"."+named.Obj().Name()][sel.Sel.Name]
	return m, ok
}

// plain reports whether x is a variable or a field of a struct variable
// (not through a pointer), which naming again can neither change nor make
// panic.
func plain(p *Package, x ast.Expr) bool {
	switch x := x.(type) {
	case *ast.Ident:
		_, ok := p.Info.Uses[x].(*types.Var)
		return ok
	case *ast.SelectorExpr:
		s, ok := p.Info.Selections[x]
		return ok && s.Kind() == types.FieldVal && !s.Indirect() && plain(p, x.X)
	}
	return false
}

// okChecked reports whether the call on top of the stack gives its ok (or
// error) to a variable, as a receive that a loop ends on does: such a
// receive cannot spin at the end of the stream unnoticed by the script.
func okChecked(stack []ast.Node) bool {
	as, ok := stack[len(stack)-2].(*ast.AssignStmt)
	if !ok || len(as.Rhs) != 1 || as.Rhs[0] != stack[len(stack)-1] || len(as.Lhs) < 2 {
		return false
	}
	id, ok := as.Lhs[len(as.Lhs)-1].(*ast.Ident)
	return ok && id.Name != "_"
}

// hoist returns where At goes for the receive sel on top of the stack: before
// the outermost loop around it, in the same function, that keeps the
// receiver (declared before it, assigned nowhere in it) and receives
// through it nowhere else; before the receive's own statement when there is
// none. A loop that receives message after message then calls At once, not
// per message.
func hoist(p *Package, e *Editor, stack []ast.Node, sel *ast.SelectorExpr) (at token.Pos, first bool) {
	at, first, _ = statementOf(stack)
	root := rootVar(p, sel.X)
	if root == nil {
		return at, first
	}
	recv := e.Text(sel.X.Pos(), sel.X.End())
	for i := len(stack) - 2; i >= 0; i-- {
		var loop ast.Stmt
		switch n := stack[i].(type) {
		case *ast.FuncLit, *ast.FuncDecl:
			return at, first
		case *ast.ForStmt:
			loop = n
		case *ast.RangeStmt:
			loop = n
		default:
			continue
		}
		if root.Pos() >= loop.Pos() || assigns(p, loop, root) || receivesElsewhere(p, e, loop, recv, sel) {
			return at, first
		}
		a, f, ok := statementOf(stack[:i+1])
		if !ok || e.inside(a) {
			return at, first
		}
		at, first = a, f
	}
	return at, first
}

// rootVar returns the variable at the root of a receiver: c of c.conn.
func rootVar(p *Package, x ast.Expr) *types.Var {
	id, ok := selectorRoot(x).(*ast.Ident)
	if !ok {
		return nil
	}
	obj, _ := p.Info.Uses[id].(*types.Var)
	return obj
}

// selectorRoot returns the expression that a chain of selectors starts
// from: c of c.conn.r. Unlike rootIdent it stops at an index or a
// parenthesis, as a plain receiver (see plain) holds neither.
func selectorRoot(x ast.Expr) ast.Expr {
	for {
		s, ok := x.(*ast.SelectorExpr)
		if !ok {
			return x
		}
		x = s.X
	}
}

// assigns reports whether n assigns to v, or takes its address.
func assigns(p *Package, n ast.Node, v *types.Var) bool {
	found := false
	is := func(x ast.Expr) bool {
		id, ok := selectorRoot(x).(*ast.Ident)
		return ok && (p.Info.Uses[id] == v || p.Info.Defs[id] == v)
	}
	ast.Inspect(n, func(n ast.Node) bool {
		switch s := n.(type) {
		case *ast.AssignStmt:
			for _, l := range s.Lhs {
				found = found || is(l)
			}
		case *ast.RangeStmt:
			found = found || s.Key != nil && is(s.Key) || s.Value != nil && is(s.Value)
		case *ast.UnaryExpr:
			found = found || s.Op == token.AND && is(s.X)
		}
		return !found
	})
	return found
}

// receivesElsewhere reports whether n receives through recv in another
// call than sel's.
func receivesElsewhere(p *Package, e *Editor, n ast.Node, recv string, sel *ast.SelectorExpr) bool {
	found := false
	ast.Inspect(n, func(n ast.Node) bool {
		s, ok := n.(*ast.SelectorExpr)
		if ok && s != sel {
			if _, ok := receiveMethod(p, s); ok && e.Text(s.X.Pos(), s.X.End()) == recv {
				found = true
			}
		}
		return !found
	})
	return found
}

// statementOf finds, on the stack of nodes that leads to a call, the
// innermost statement of a statement list, and returns where At goes
// before it: after the statement before it, or after the list's opening
// (first). ok is false outside any function body.
func statementOf(stack []ast.Node) (at token.Pos, first, ok bool) {
	for i := len(stack) - 2; i >= 0; i-- {
		var open token.Pos
		var list []ast.Stmt
		switch b := stack[i].(type) {
		case *ast.BlockStmt:
			open, list = b.Lbrace+1, b.List
		case *ast.CaseClause:
			open, list = b.Colon+1, b.Body
		case *ast.CommClause:
			open, list = b.Colon+1, b.Body
		default:
			continue
		}
		for j, s := range list {
			if s != stack[i+1] {
				continue
			}
			if j == 0 {
				return open, true, true
			}
			return list[j-1].End(), false, true
		}
	}
	return token.NoPos, false, false
}

// declaredAfter reports whether the variable at the root of x is declared
// at or after at, where At would go, as in if r := bufio.NewReader(c);
// r.Buffered() > 0 {...}.
func declaredAfter(p *Package, x ast.Expr, at token.Pos) bool {
	for {
		switch v := x.(type) {
		case *ast.SelectorExpr:
			x = v.X
			continue
		case *ast.Ident:
			obj := p.Info.Uses[v]
			if obj == nil {
				return true
			}
			if obj.Parent() == p.Types.Scope() {
				return false // a package variable is declared everywhere
			}
			return obj.Pos() >= at
		}
		return true
	}
}

// inside reports whether pos falls inside text that an earlier pass
// replaces, where an insertion cannot go.
func (e *Editor) inside(pos token.Pos) bool {
	off := e.file.Offset(pos)
	for _, ed := range e.edits {
		if ed.start < off && off < ed.end {
			return true
		}
	}
	return false
}

// constantDelim returns the delimiter a call gives as its first argument
// when it is a constant: '\n', "\x00", []byte("\r\n").
func constantDelim(p *Package, call *ast.CallExpr) (string, bool) {
	if len(call.Args) == 0 {
		return "", false
	}
	arg := call.Args[0]
	if conv, ok := arg.(*ast.CallExpr); ok && len(conv.Args) == 1 {
		if tv := p.Info.Types[conv.Fun]; tv.IsType() {
			arg = conv.Args[0]
		}
	}
	tv := p.Info.Types[arg]
	if tv.Value == nil {
		return "", false
	}
	switch tv.Value.Kind() {
	case constant.String:
		s := constant.StringVal(tv.Value)
		return s, s != ""
	case constant.Int:
		n, ok := constant.Int64Val(tv.Value)
		if !ok || n < 0 || n > 255 {
			return "", false
		}
		return string([]byte{byte(n)}), true
	}
	return "", false
}

// scannerSplits reports whether f sets a bufio.Scanner's split function,
// so that Scan may wait for something else than a newline.
func scannerSplits(p *Package, f *ast.File) bool {
	found := false
	ast.Inspect(f, func(n ast.Node) bool {
		if sel, ok := n.(*ast.SelectorExpr); ok && sel.Sel.Name == "Split" {
			if s, ok := p.Info.Selections[sel]; ok && s.Kind() == types.MethodVal {
				found = true
			}
		}
		return !found
	})
	return found
}
