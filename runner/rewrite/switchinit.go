package rewrite

import (
	"go/ast"
	"go/token"
	"strings"
)

// The interpreter runs a switch's init statement but never evaluates its
// tag after it (switch n := f(); n + g() {} compares the cases with a
// zero value), and of a switch without clauses it runs neither (switch
// f(); {}, switch conn.Close() {}); given a default clause it runs them,
// but a type switch with that clause alone stops its compiler. This pass
// writes a switch with an init statement and a tag that needs evaluating,
// or that pass ifaceswitch assigns to a variable of its own (copiedTag),
// as the block that Go's spec makes of it, the init statement first;
// gives an expression switch without clauses an empty default clause;
// and writes a type switch without clauses as an expression switch on
// its guard's operand, which Go evaluates once as well. All on the same
// line, with the columns kept:
//
//	switch n := f(); n + g() {   =>   {      n := f(); switch /*line :9:19*/n + g() {
//	}                                 }}
//	switch f(); v.(type) {}      =>   switch f(); v        {default:/*line :9:23*/}
//
// A type switch that binds a variable has clauses, since Go refuses one
// unused. A switch written as a block keeps its label, the block opening
// where the label stood (L: switch x := f(); -x {  =>  {         x := f();
// L: switch -x {); a label that a goto names is refused, as the goto
// would jump into the block.

func switchInit(p *Package, f *ast.File, e *Editor) {
	labels := map[ast.Stmt]*ast.LabeledStmt{}
	ast.Inspect(f, func(n ast.Node) bool {
		if l, ok := n.(*ast.LabeledStmt); ok {
			labels[l.Stmt] = l
		}
		var init ast.Stmt
		var tag ast.Expr
		var body *ast.BlockStmt
		copied := false // pass ifaceswitch assigns the tag to a variable
		switch s := n.(type) {
		case *ast.SwitchStmt:
			init, tag, body = s.Init, s.Tag, s.Body
			copied = copiedTag(p, s)
		case *ast.TypeSwitchStmt:
			x, ok := s.Assign.(*ast.ExprStmt)
			if !ok || len(s.Body.List) != 0 {
				return true
			}
			guard := x.X.(*ast.TypeAssertExpr)
			blank(e, guard.X.End(), guard.End())
			init, tag, body = s.Init, guard.X, s.Body
		default:
			return true
		}
		if init != nil && tag != nil && (!evaluatedAlready(p, tag) || copied) {
			openBlock(p, f, e, n.(ast.Stmt), labels[n.(ast.Stmt)], tag)
		}
		if len(body.List) == 0 && (init != nil || tag != nil) {
			e.Insert(body.Lbrace+1, "default:"+lineDirective(p, body.Lbrace+1))
		}
		return true
	})
}

// evaluatedAlready reports whether the interpreter needs not evaluate x
// to find its value: x is a constant or a name.
func evaluatedAlready(p *Package, x ast.Expr) bool {
	if tv, ok := p.Info.Types[x]; ok && tv.Value != nil {
		return true
	}
	_, ok := ast.Unparen(x).(*ast.Ident)
	return ok
}

// openBlock writes switch s, of an init statement and tag, as a block of
// the init statement and a switch on the tag, moving the label l of s,
// if any, to the switch inside.
func openBlock(p *Package, f *ast.File, e *Editor, s ast.Stmt, l *ast.LabeledStmt, tag ast.Expr) {
	keyword, label := "{     ", ""
	if l != nil {
		if gotoNames(p, f, l.Label) {
			e.Refuse(l.Label.Pos(), "the interpreter does not evaluate the tag of a switch with an init statement, which socklab writes as a block, and a goto cannot jump into it: write the init statement before the switch, in a block with it ({ init; %s: switch ... })", l.Label.Name)
			return
		}
		// The block opens where the label stood.
		e.Replace(l.Label.Pos(), l.Colon+1, "{"+strings.Repeat(" ", int(l.Colon-l.Label.Pos())))
		keyword, label = "      ", l.Label.Name+": "
	}
	e.Replace(s.Pos(), s.Pos()+token.Pos(len("switch")), keyword)
	e.InsertFirst(tag.Pos(), label+"switch "+lineDirective(p, tag.Pos()))
	e.Insert(s.End(), "}")
}

// gotoNames reports whether a goto statement of f names label.
func gotoNames(p *Package, f *ast.File, label *ast.Ident) bool {
	found := false
	ast.Inspect(f, func(n ast.Node) bool {
		if b, ok := n.(*ast.BranchStmt); ok && b.Tok == token.GOTO && b.Label != nil && p.Info.Uses[b.Label] == p.Info.Defs[label] {
			found = true
		}
		return !found
	})
	return found
}

// blank replaces the text from pos up to end with spaces, line by line,
// so that what follows keeps its column.
func blank(e *Editor, pos, end token.Pos) {
	for _, line := range strings.Split(e.Text(pos, end), "\n") {
		if line != "" {
			e.Replace(pos, pos+token.Pos(len(line)), strings.Repeat(" ", len(line)))
		}
		pos += token.Pos(len(line)) + 1 // and the newline
	}
}
