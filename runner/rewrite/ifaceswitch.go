package rewrite

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"github.com/socklab/socklab/runner/lift"
)

// A switch whose tag is of an interface type and whose cases hold a value
// of another type (switch v { case 1: } with v of type any) stops the
// interpreter ("cannot convert a interface {} to int"), where Go compares
// the tag with each case converted to the tag's type; beside a case of an
// interface type (case 1: beside case io.EOF:) it stops it as well. This
// pass writes the comparisons out, as a switch without a tag, which the
// interpreter runs as Go does; a tag that is not a variable is evaluated
// once, first, into a variable of its own:
//
//	switch v {           =>   switch   {
//	case 1, io.EOF:      =>   case v == /*line :10:7*/1 || v == /*line :10:10*/io.EOF:
//	switch get(i) {      =>   switch _sw1 := /*line :9:9*/get(i); {
//
// Case values are compared in order and the first match stops the
// comparisons, as Go does: a case's values become conditions joined by ||,
// since the interpreter takes only the first of a list there, and a case
// value that is a comparison goes in parentheses. Where a case
// compares values that the interpreter may keep in its wrappers (see
// comparer.compared), the condition is a call of lift.Equal, as pass
// ifaceequal writes ==:
//
//	case ErrGone:        =>   case _sl1.Equal(err, /*line :11:7*/ErrGone)/*line :11:14*/:
//
// A switch with a tag of any type whose default clause is not its last
// clause is written so as well, for pass defaultlast to give it a last
// clause that never matches.
//
// A variable is read in place of the tag only where no case value calls a
// function, which could change it. A switch with an init statement and a
// tag that is not a variable is written as a block by pass switchinit
// (see copiedTag), the init statement first, whose switch this pass then
// gives the tag's variable.

func ifaceSwitches(p *Package, f *ast.File, e *Editor) {
	var cmp *comparer
	ast.Inspect(f, func(n ast.Node) bool {
		s, ok := n.(*ast.SwitchStmt)
		if !ok || s.Tag == nil || !defaultInside(s.Body) && !interfaceTag(p, s) {
			return true
		}
		if cmp == nil {
			cmp = newComparer(p, e)
		}
		if !defaultInside(s.Body) && !takes(p, cmp, s) {
			return true
		}
		var subject string
		if copiedTag(p, s) {
			subject = e.Name("sw")
			e.Insert(s.Tag.Pos(), subject+" := "+lineDirective(p, s.Tag.Pos()))
			e.InsertFirst(s.Tag.End(), ";")
		} else {
			subject = ast.Unparen(s.Tag).(*ast.Ident).Name
			blank(e, s.Tag.Pos(), s.Tag.End())
		}
		for _, c := range s.Body.List {
			list := c.(*ast.CaseClause).List
			for i, x := range list {
				if i > 0 {
					// One condition of ||: the interpreter takes only the
					// first of a case's conditions in a switch without tag.
					between := e.Text(list[i-1].End(), x.Pos())
					comma := list[i-1].End() + token.Pos(strings.IndexByte(between, ','))
					e.Replace(comma, comma+1, " ||")
				}
				caseEqual(p, e, cmp, s.Tag, subject, x)
			}
		}
		return true
	})
}

// defaultInside reports whether a switch's body has a default clause
// before its last clause, which the interpreter moves (see pass
// defaultlast), so that a switch with a tag must be written without one.
func defaultInside(body *ast.BlockStmt) bool {
	for i, c := range body.List {
		if c.(*ast.CaseClause).List == nil && i < len(body.List)-1 {
			return true
		}
	}
	return false
}

// caseEqual writes case value x of a switch on tag, read from the
// variable subject, as its comparison with the tag.
func caseEqual(p *Package, e *Editor, cmp *comparer, tag ast.Expr, subject string, x ast.Expr) {
	if isNilLit(p, x) || !types.IsInterface(p.Info.TypeOf(tag)) || !cmp.compared(tag, x) {
		if b, ok := x.(*ast.BinaryExpr); ok && b.Op.Precedence() <= token.EQL.Precedence() {
			// A comparison, && or ||, which == would take apart.
			e.Insert(x.Pos(), subject+" == ("+lineDirective(p, x.Pos()))
			e.InsertFirst(x.End(), ")")
			return
		}
		e.Insert(x.Pos(), subject+" == "+lineDirective(p, x.Pos()))
		return
	}
	end := p.Fset.Position(x.End())
	e.Insert(x.Pos(), fmt.Sprintf("%s.Equal(%s, %s", e.Import(lift.Package), subject, lineDirective(p, x.Pos())))
	e.InsertFirst(x.End(), fmt.Sprintf(")/*line :%d:%d*/", end.Line, end.Column))
	cmp.named(x)
}

// interfaceTag reports whether switch s has a tag of an interface type (not
// a type parameter) and a case with a value.
func interfaceTag(p *Package, s *ast.SwitchStmt) bool {
	if s.Tag == nil {
		return false
	}
	t := p.Info.TypeOf(s.Tag)
	if t == nil || !types.IsInterface(t) {
		return false
	}
	if _, ok := t.(*types.TypeParam); ok {
		return false
	}
	for _, c := range s.Body.List {
		if len(c.(*ast.CaseClause).List) > 0 {
			return true
		}
	}
	return false
}

// takes reports whether pass ifaceswitch writes switch s, on an interface:
// a case value is not an interface (case 1:, case nil:, case Point{}:),
// or is compared by lift.Equal. A switch whose values are all interfaces
// that == compares (case io.EOF:) the interpreter runs as Go does.
func takes(p *Package, cmp *comparer, s *ast.SwitchStmt) bool {
	for _, c := range s.Body.List {
		for _, x := range c.(*ast.CaseClause).List {
			if t := p.Info.TypeOf(x); t != nil && !types.IsInterface(t) {
				return true
			}
		}
	}
	found := false
	for _, c := range s.Body.List {
		for _, x := range c.(*ast.CaseClause).List {
			found = cmp.compared(s.Tag, x) || found // each, for its refusals
		}
	}
	return found
}

// copiedTag reports whether pass ifaceswitch assigns the tag of switch s
// to a variable of its own where it writes s (see takes; a switch with a
// default clause inside, it writes whatever its tag): the tag is not
// the name of a variable, or a case value calls a function, which may
// change the variable after Go has read it. Pass switchinit writes such a
// switch with an init statement as a block, whether ifaceswitch writes
// it or not, which is Go's meaning of it either way.
func copiedTag(p *Package, s *ast.SwitchStmt) bool {
	if s.Tag == nil || !defaultInside(s.Body) && !interfaceTag(p, s) {
		return false
	}
	if id, ok := ast.Unparen(s.Tag).(*ast.Ident); !ok {
		return true
	} else if _, isVar := p.Info.Uses[id].(*types.Var); !isVar {
		return true
	}
	calls := false
	for _, c := range s.Body.List {
		for _, x := range c.(*ast.CaseClause).List {
			ast.Inspect(x, func(n ast.Node) bool {
				if call, ok := n.(*ast.CallExpr); ok && !p.Info.Types[call.Fun].IsType() {
					calls = true
				}
				return !calls
			})
		}
	}
	return calls
}
