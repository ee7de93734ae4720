package rewrite

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"strings"
)

// gc makes a statement's calls, and what it treats as calls, before it
// evaluates the statement's other operands (see gcorder.go); the
// interpreter goes left to right. So fmt.Println(names[i], score(i)) past
// the end of names called score and then panicked when built by go build,
// and panicked at once in the interpreter; x*2 + inc() doubled the x
// before inc in the interpreter, after it in gc. This pass evaluates
// those early steps that come after a late one that can tell the
// difference into variables first, on the statement's line, inner ones
// first:
//
//	fmt.Println(names[i], score(i))   =>   _v1 = /*line :9:25*/score(i); fmt.Println(names[i], _v1/*line :9:33*/)
//
// The variables are declared at the top of the function where their type
// can be written there (var _v1 int), else just before the statement
// (_v1 := score(i)). It takes an expression statement, an assignment to
// variables (one to elements and fields is pass evalorder's), a
// declaration of one line of variables, a return, a send, and an if's
// condition, a switch's tag and a range's operand (before the statement,
// or into an if's init where it has none and follows an else); a
// select's are pass selectsend's. Where no statement can go first (a
// for's condition or post statement, a case's value, an if or switch
// that has an init, a labelled loop), it refuses,
// naming the call to make first. It takes a go or defer statement's
// arguments too, into variables of their own, but where pass savedargs
// saved them, in Go's order.

// A callMove is one statement's early steps to make first.
type callMove struct {
	st    ast.Stmt
	at    token.Pos  // where the steps go
	init  bool       // at is where the init of an if that has none goes
	steps []ast.Expr // inner ones first
	late  ast.Expr   // the first late step that the last of them must precede
	frame *tempFrame // the variables of the function st is in
}

// A slotFor says where a statement's early steps can go: before it (at),
// into an if's init (init), or nowhere, for the reason why.
type slotFor struct {
	at   token.Pos
	init bool
	why  string
}

func evalCalls(p *Package, f *ast.File, e *Editor) {
	var g *gcOrder
	var moves []callMove
	frames := map[*ast.BlockStmt]*tempFrame{}
	var body *ast.BlockStmt
	check := func(st ast.Stmt, slot slotFor, exprs ...ast.Expr) {
		if !mayCall(exprs) {
			return
		}
		if g == nil {
			g = newGCOrder(p, f)
		}
		var seq []step
		for _, x := range exprs {
			seq = g.steps(x, seq)
		}
		steps := hoists(seq)
		if len(steps) == 0 {
			return
		}
		late := firstLate(seq, steps[len(steps)-1])
		if slot.why != "" {
			refuseCallFirst(e, late, steps[len(steps)-1], slot.why)
			return
		}
		if frames[body] == nil {
			frames[body] = &tempFrame{body: body, names: map[string]string{}}
		}
		moves = append(moves, callMove{st: st, at: slot.at, init: slot.init, steps: steps, late: late, frame: frames[body]})
	}
	nowhere := func(why string) slotFor { return slotFor{why: why} }
	var stmt func(s ast.Stmt, before slotFor)
	list := func(stmts []ast.Stmt) {
		for _, s := range stmts {
			stmt(s, slotFor{at: s.Pos()})
		}
	}
	// header returns the slot of an if's condition or a switch's tag.
	header := func(init ast.Stmt, before slotFor) slotFor {
		switch {
		case init != nil:
			return nowhere("the statement has an init statement, which Go runs first")
		case before.init:
			return slotFor{at: before.at, init: true} // an else's if, without an init
		}
		return before
	}
	stmt = func(s ast.Stmt, before slotFor) {
		switch s := s.(type) {
		case *ast.LabeledStmt:
			switch s.Stmt.(type) {
			case *ast.ForStmt, *ast.RangeStmt, *ast.SwitchStmt, *ast.TypeSwitchStmt, *ast.SelectStmt:
				stmt(s.Stmt, nowhere("its label must stay on the statement"))
			default:
				stmt(s.Stmt, slotFor{at: s.Stmt.Pos()})
			}
		case *ast.ExprStmt:
			check(s, before, s.X)
		case *ast.AssignStmt:
			if !slices.ContainsFunc(s.Lhs, func(l ast.Expr) bool { _, ok := ast.Unparen(l).(*ast.Ident); return !ok }) {
				check(s, before, s.Rhs...)
			}
		case *ast.ReturnStmt:
			check(s, before, s.Results...)
		case *ast.GoStmt:
			check(s, before, s.Call.Args...)
		case *ast.DeferStmt:
			check(s, before, s.Call.Args...)
		case *ast.SendStmt:
			check(s, before, s.Chan, s.Value)
		case *ast.DeclStmt:
			if d, ok := s.Decl.(*ast.GenDecl); ok && d.Tok == token.VAR && len(d.Specs) == 1 {
				check(s, before, d.Specs[0].(*ast.ValueSpec).Values...)
			}
		case *ast.BlockStmt:
			list(s.List)
		case *ast.IfStmt:
			if s.Init != nil {
				stmt(s.Init, before)
			}
			check(s, header(s.Init, before), s.Cond)
			list(s.Body.List)
			switch els := s.Else.(type) {
			case *ast.BlockStmt:
				list(els.List)
			case *ast.IfStmt:
				stmt(els, slotFor{at: els.Cond.Pos(), init: true, why: "it follows an else, where no statement can go first"})
			}
		case *ast.SwitchStmt:
			if s.Init != nil {
				stmt(s.Init, before)
			}
			check(s, header(s.Init, before), s.Tag)
			for _, c := range s.Body.List {
				c := c.(*ast.CaseClause)
				check(c, nowhere("a case's values are evaluated only as the switch reaches them"), c.List...)
				list(c.Body)
			}
		case *ast.TypeSwitchStmt:
			if s.Init != nil {
				stmt(s.Init, before)
			}
			for _, c := range s.Body.List {
				list(c.(*ast.CaseClause).Body)
			}
		case *ast.ForStmt:
			if s.Init != nil {
				stmt(s.Init, before)
			}
			check(s, nowhere("a for statement's condition runs before each iteration"), s.Cond)
			if s.Post != nil {
				stmt(s.Post, nowhere("a for statement's post statement runs after each iteration"))
			}
			list(s.Body.List)
		case *ast.RangeStmt:
			check(s, before, s.X)
			list(s.Body.List)
		case *ast.SelectStmt:
			// its cases' operands are pass selectsend's
			for _, c := range s.Body.List {
				list(c.(*ast.CommClause).Body)
			}
		case *ast.CaseClause, *ast.CommClause:
			// their bodies are listed by their switch or select
		}
	}
	for _, b := range funcBodies(f) {
		body = b
		list(b.List)
	}
	if len(moves) == 0 {
		return
	}
	// Once every other pass has edited the statements, inner ones (in a
	// function literal that another moves) first.
	e.Last(func() {
		slices.SortFunc(moves, func(a, b callMove) int { return int(b.st.Pos() - a.st.Pos()) })
		for _, m := range moves {
			moveCalls(p, f, e, m)
		}
	})
}

// funcBodies returns the bodies of f's functions and function literals.
func funcBodies(f *ast.File) []*ast.BlockStmt {
	var out []*ast.BlockStmt
	ast.Inspect(f, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncDecl:
			if n.Body != nil {
				out = append(out, n.Body)
			}
		case *ast.FuncLit:
			out = append(out, n.Body)
		}
		return true
	})
	return out
}

// mayCall reports whether exprs hold a call, a receive, a slice
// expression, an assertion, && or ||, or a composite literal, outside
// function literals: an early step, without which there is nothing to
// move.
func mayCall(exprs []ast.Expr) bool {
	found := false
	for _, x := range exprs {
		if x == nil {
			continue
		}
		ast.Inspect(x, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.FuncLit:
				return false
			case *ast.CallExpr, *ast.SliceExpr, *ast.TypeAssertExpr, *ast.CompositeLit:
				found = true
			case *ast.UnaryExpr:
				found = found || n.Op == token.ARROW
			case *ast.BinaryExpr:
				found = found || n.Op == token.LAND || n.Op == token.LOR || n.Op == token.EQL || n.Op == token.NEQ
			}
			return !found
		})
	}
	return found
}

// firstLate returns the first late step of seq outside early and before
// it.
func firstLate(seq []step, early ast.Expr) ast.Expr {
	for _, s := range seq {
		if !s.early && s.x.End() <= early.Pos() {
			return s.x
		}
	}
	return seq[0].x
}

// refuseCallFirst refuses a statement whose early step call cannot go
// before the late step late, which the interpreter would evaluate first.
func refuseCallFirst(e *Editor, late, call ast.Expr, why string) {
	text := firstLine(e.Text(call.Pos(), call.End()))
	e.Refuse(call.Pos(), "the interpreter would evaluate %s before %s, unlike Go, which makes a statement's calls first, and socklab cannot make %s first here, as %s: make it in a statement of its own before this one (v := %s)", firstLine(e.Text(late.Pos(), late.End())), text, text, why, text)
}

// firstLine returns the first line of source text, and " ..." where
// more follows.
func firstLine(text string) string {
	if i := strings.IndexAny(text, "\n\r"); i >= 0 {
		return strings.TrimRight(text[:i], " \t") + " ..."
	}
	return text
}

// moveCalls writes m's steps into variables first.
func moveCalls(p *Package, f *ast.File, e *Editor, m callMove) {
	o := orderOf{info: p.Info}
	refuse := func(why string) { refuseCallFirst(e, m.late, m.steps[len(m.steps)-1], why) }
	// A go statement's arguments, which pass gocallee may move, and a
	// deferred call's, which the interpreter reads when the function
	// returns, go into variables of their own; a deferred call whose
	// arguments pass savedargs saved is in Go's order already.
	later := false
	switch st := m.st.(type) {
	case *ast.GoStmt:
		later = true
	case *ast.DeferStmt:
		if e.commentedIn(st.Call.Lparen, st.Call.End()) {
			return
		}
		later = true
	}
	var names, values, assigns []string
	count := map[string]int{} // of the frame's variables of each type, used so far
	for _, x := range m.steps {
		t := p.Info.TypeOf(x)
		var types_ []types.Type
		if tuple, ok := t.(*types.Tuple); ok {
			for i := 0; i < tuple.Len(); i++ {
				types_ = append(types_, tuple.At(i).Type())
			}
		} else {
			types_ = append(types_, types.Default(t))
		}
		text, edges, ok := e.MoveExpr(x.Pos(), x.End())
		if !ok {
			refuse("another edit reaches across it")
			return
		}
		if strings.ContainsAny(text, "\n\r") {
			text, ok = joinLines(text, e.fset.Position(x.Pos()).Line)
			if !ok {
				refuse("it spans lines with a raw string or a comment")
				return
			}
		}
		// The frame's variables, where every type can be written at the
		// top of the function; else new ones declared here.
		var written []string
		declare := m.init || edges || later // what another pass wrote around it may give it another type
		for _, typ := range types_ {
			w, ok := o.typeText(p, f, typ)
			written, declare = append(written, w), declare || !ok
		}
		var vars []string
		for _, w := range written {
			if declare {
				vars = append(vars, e.Name("v"))
				continue
			}
			key := w
			if n := count[w]; n > 0 {
				key = fmt.Sprintf("%s\x00%d", w, n)
			}
			count[w]++
			vars = append(vars, m.frame.named(e, key, w))
		}
		value := e.lineAt(x.Pos()) + text
		if isReceive(ast.Unparen(x)) {
			// in parentheses, a value of its own: a receive alone wrote
			// one the variable could not be set from again (see multivalue)
			value = "(" + value + ")"
		}
		if _, isTuple := t.(*types.Tuple); !isTuple && declare && !edges {
			if _, isCall := ast.Unparen(x).(*ast.CallExpr); !isCall {
				if written, ok := o.typeText(p, f, types.Default(t)); ok {
					value = written + "(" + value + ")" // a value of a type that := would not give it
				}
			}
		}
		op := " = "
		if declare {
			op = " := "
		}
		e.replaceLines(x.Pos(), x.End(), strings.Join(vars, ", ")+e.lineAt(x.End()))
		names = append(names, strings.Join(vars, ", "))
		values = append(values, value)
		assigns = append(assigns, strings.Join(vars, ", ")+op+value)
	}
	if m.init {
		// one statement: the steps must not use each other's variables
		for i, x := range m.steps {
			for _, y := range m.steps[:i] {
				if x.Pos() <= y.Pos() && y.End() <= x.End() {
					refuse("it follows an else, where only one statement can go first")
					return
				}
			}
		}
		e.InsertFirst(m.at, strings.Join(names, ", ")+" := "+strings.Join(values, ", ")+"; "+e.lineAt(m.at))
		return
	}
	// before what other passes open at the statement's start
	e.InsertFirst(m.at, strings.Join(assigns, "; ")+"; "+e.lineAt(m.at))
}

// replaceLines replaces the source text from pos up to end with text,
// on the text's last line, and keeps its lines: each after the first
// keeps its indentation, and one between them an empty comment, so that
// every line after them keeps its number and none goes blank.
func (e *Editor) replaceLines(pos, end token.Pos, text string) {
	start, stop := e.file.Offset(pos), e.file.Offset(end)
	from, blank := start, ""
	for i := start; i < stop; i++ {
		switch e.src[i] {
		case '\n', '\r':
			if from < i || blank != "" {
				e.Replace(e.file.Pos(from), e.file.Pos(i), blank)
			}
			from, blank = i+1, "/**/"
		case ' ', '\t':
			if from == i && blank != "" {
				from++ // the next line's indentation
			}
		}
	}
	e.Replace(e.file.Pos(from), end, text)
}

// commentedIn reports whether an edit puts text from pos up to end in a
// comment (see CommentOut).
func (e *Editor) commentedIn(pos, end token.Pos) bool {
	start, stop := e.file.Offset(pos), e.file.Offset(end)
	for _, ed := range e.edits {
		if ed.comment != 0 && ed.start >= start && ed.start <= stop {
			return true
		}
	}
	return false
}

// named returns the frame's variable of type typ (written) under key,
// declared where it is first asked for.
func (fr *tempFrame) named(e *Editor, key, typ string) string {
	if name, ok := fr.names[key]; ok {
		return name
	}
	name := e.Name("v")
	fr.names[key] = name
	e.Insert(fr.body.Lbrace+1, "var "+name+" "+typ+"; "+e.lineAt(fr.body.Lbrace+1))
	return name
}
