package rewrite

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"
)

// A switch whose tag is of an interface type and whose cases hold a value
// of another type (switch v { case 1: } with v of type any) stops the
// interpreter ("cannot convert a interface {} to int"), where Go compares
// the tag with each case converted to the tag's type. This pass writes the
// comparisons out, as a switch without a tag, which the interpreter runs
// as Go does; a tag that is not a variable is evaluated once, first, into
// a variable of its own:
//
//	switch v {           =>   switch   {
//	case 1, "quit":      =>   case v == /*line :10:7*/1 || v == /*line :10:10*/"quit":
//	switch get(i) {      =>   switch _sw1 := /*line :9:9*/get(i); {
//
// Case values are compared in order and the first match stops the
// comparisons, as Go does: a case's values become conditions joined by ||,
// since the interpreter takes only the first of a list there. A switch with an init statement and a tag that
// is not a variable is left to pass switchinit, which moves the init out,
// and then still stops the interpreter.
func init() { register(Pass{Name: "ifaceswitch", Run: ifaceSwitches}) }

func ifaceSwitches(p *Package, f *ast.File, e *Editor) {
	ast.Inspect(f, func(n ast.Node) bool {
		s, ok := n.(*ast.SwitchStmt)
		if !ok || s.Tag == nil || !interfaceTag(p, s) {
			return true
		}
		tag := ast.Unparen(s.Tag)
		name, isVar := tag.(*ast.Ident)
		var subject string
		switch {
		case isVar:
			subject = name.Name
			blank(e, s.Tag.Pos(), s.Tag.End())
		case s.Init == nil:
			subject = e.Name("sw")
			e.Insert(s.Tag.Pos(), subject+" := "+lineDirective(p, s.Tag.Pos()))
			e.Insert(s.Tag.End(), ";")
		default:
			return true
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
				e.Insert(x.Pos(), subject+" == "+lineDirective(p, x.Pos()))
			}
		}
		return true
	})
}

// interfaceTag reports whether switch s has a tag of an interface type (not
// a type parameter) and case values of basic types only (constants, nil,
// strings and numbers). A switch with a case of another type is pass
// ifaceequal's, which compares a script's values and wrapped interfaces
// as Go does.
func interfaceTag(p *Package, s *ast.SwitchStmt) bool {
	t := p.Info.TypeOf(s.Tag)
	if t == nil || !types.IsInterface(t) {
		return false
	}
	if _, ok := t.(*types.TypeParam); ok {
		return false
	}
	basic := false
	for _, c := range s.Body.List {
		for _, x := range c.(*ast.CaseClause).List {
			xt := p.Info.TypeOf(x)
			if xt == nil {
				return false
			}
			if _, ok := xt.(*types.Basic); !ok {
				return false // an interface, or a script's value: pass ifaceequal's
			}
			basic = true
		}
	}
	return basic
}
