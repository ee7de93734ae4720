package rewrite

import (
	"go/ast"
	"go/token"
	"go/types"
)

// A comma-ok type assertion or map index that fails, v, ok := x.(T) or
// v, ok := m[k], gives v the zero value. The interpreter leaves v as it
// was: the value of the last iteration in a loop, or of the variable
// before an assignment. This pass sets v to its zero value when ok is
// false, after the statement, on its line:
//
//	n, ok := v.(int)   =>   n, ok := v.(int); if !ok { n = *new(int) }
//
// (a blank ok gets a name of its own). Where no statement can follow (an
// if or switch statement's init, or an assignment to more than names), it
// hands the operands to a function appended to the file, whose frame is
// new at each call:
//
//	if n, ok := v.(int); ok || n > 0 {   =>   if n, ok := _ok1(v); ok || n > 0 {
//	func _ok1(x any) (int, bool) { if v, ok := x.(int); ok { return v, true }; return *new(int), false }
//
// A statement that runs once in its function's frame (not in a loop, in
// a function without goto) needs neither, and neither does the if
// statement that reads v only where ok holds (if v, ok := m[k]; ok {...}).
// An assertion that nilassert or ifassert hands to a function of its own
// is left to it.

func commaOK(p *Package, f *ast.File, e *Editor) {
	lifted := AssertionLifts(p.Fset, p.Info, p.Script, p.Types, []*ast.File{f})
	ast.PreorderStack(f, nil, func(n ast.Node, stack []ast.Node) bool {
		var lhs []ast.Expr
		var rhs ast.Expr
		define := false
		switch s := n.(type) {
		case *ast.AssignStmt:
			if len(s.Lhs) == 2 && len(s.Rhs) == 1 {
				lhs, rhs, define = s.Lhs, s.Rhs[0], s.Tok == token.DEFINE
			}
		case *ast.ValueSpec:
			if len(s.Names) == 2 && len(s.Values) == 1 && len(stack) > 1 {
				if _, local := stack[len(stack)-2].(*ast.DeclStmt); local {
					lhs, rhs, define = []ast.Expr{s.Names[0], s.Names[1]}, s.Values[0], true
				}
			}
		}
		if _, ok := lifted[ast.Unparen(rhs)]; ok {
			return true // pass ifassert's function literal answers
		}
		if rhs != nil && !isBlank(lhs[0]) && commaOKOperand(p, f, e, rhs) {
			zeroOnFailure(p, f, e, n, lhs, rhs, define, stack)
		}
		return true
	})
}

// commaOKOperand reports whether x is a type assertion or a map index
// that the pass must look after.
func commaOKOperand(p *Package, f *ast.File, e *Editor, x ast.Expr) bool {
	switch x := ast.Unparen(x).(type) {
	case *ast.TypeAssertExpr:
		if x.Type == nil {
			return false
		}
		if libraryInterface(p, p.Info.TypeOf(x.Type)) {
			_, ok := typeName(p, f, p.Info.TypeOf(x.Type), true)
			_, ok2 := typeName(p, f, p.Info.TypeOf(x.X), true)
			return !ok || !ok2 // else nilassert's function answers
		}
		return heldAsFunc(p, f, e, p.Info.TypeOf(x.X), p.Info.TypeOf(x.Type)) == "" // else nilassert's
	case *ast.IndexExpr:
		t := p.Info.TypeOf(x.X)
		if t == nil {
			return false
		}
		_, isMap := t.Underlying().(*types.Map)
		return isMap
	}
	return false
}

// zeroOnFailure makes the statement n, which assigns rhs to lhs, give
// lhs[0] its zero value when the comma-ok operand rhs fails.
func zeroOnFailure(p *Package, f *ast.File, e *Editor, n ast.Node, lhs []ast.Expr, rhs ast.Expr, define bool, stack []ast.Node) {
	v, _ := lhs[0].(*ast.Ident)
	fresh := define && v != nil && p.Info.Defs[v] != nil
	body, loop := enclosingFunc(stack)
	if b, ok := body.(*ast.BlockStmt); fresh && loop == nil && ok && !hasGoto(b) {
		return // its variable starts at zero, and the statement runs once
	}
	if is, ok := stack[len(stack)-1].(*ast.IfStmt); ok && is.Init == n && v != nil && readsOnlyWhenOK(p, is, v, lhs[1]) {
		return
	}
	if lt := p.Info.TypeOf(lhs[0]); lt != nil && types.IsInterface(lt) && nilable(operandType(p, rhs)) {
		e.Refuse(rhs.Pos(), "when this %s fails, Go sets %s to a nil %s, which the interpreter cannot hold in a %s: assign the result to a variable of type %s",
			operandKind(rhs), types.ExprString(lhs[0]), types.TypeString(operandType(p, rhs), types.RelativeTo(p.Types)), types.TypeString(lt, types.RelativeTo(p.Types)), types.TypeString(operandType(p, rhs), types.RelativeTo(p.Types)))
		return
	}
	name, named := typeName(p, f, operandType(p, rhs), false)
	end, listed := statementEnd(stack, n)
	if listed && v != nil && named {
		ok := lhs[1]
		if isBlank(ok) {
			if !define {
				goto helper
			}
			okName := e.Name("ok")
			e.Replace(ok.Pos(), ok.End(), okName)
			e.Insert(end, "; if !"+okName+" { "+v.Name+" = *new("+name+") }")
			return
		}
		if id, isID := ok.(*ast.Ident); isID {
			e.Insert(end, "; if !"+id.Name+" { "+v.Name+" = *new("+name+") }")
			return
		}
	}
helper:
	if commaOKHelper(p, f, e, rhs) {
		return
	}
	e.Refuse(rhs.Pos(), "the interpreter leaves %s as it was when this %s fails, where Go sets it to its zero value: assign the two results to variables of their own, on a line of their own", types.ExprString(lhs[0]), operandKind(rhs))
}

// operandType is the type of the value of the comma-ok operand x.
func operandType(p *Package, x ast.Expr) types.Type {
	switch x := ast.Unparen(x).(type) {
	case *ast.TypeAssertExpr:
		return p.Info.TypeOf(x.Type)
	case *ast.IndexExpr:
		return p.Info.TypeOf(x.X).Underlying().(*types.Map).Elem()
	}
	return nil
}

// commaOKHelper hands the operands of rhs to a function appended to the
// file that answers with a fresh zero value, if the file can name their
// types.
func commaOKHelper(p *Package, f *ast.File, e *Editor, rhs ast.Expr) bool {
	switch x := ast.Unparen(rhs).(type) {
	case *ast.TypeAssertExpr:
		from, ok := typeName(p, f, p.Info.TypeOf(x.X), true)
		to, ok2 := typeName(p, f, p.Info.TypeOf(x.Type), true)
		if !ok || !ok2 {
			return false
		}
		fn := e.Name("ok")
		e.Append("func " + fn + "(x " + from + ") (" + to + ", bool) { if v, ok := x.(" + to + "); ok { return v, true }; return *new(" + to + "), false }")
		e.Insert(x.X.Pos(), fn+"(")
		e.Replace(x.X.End(), x.End(), ")")
		return true
	case *ast.IndexExpr:
		mt := p.Info.TypeOf(x.X)
		m, ok := typeName(p, f, mt, true)
		k, ok2 := typeName(p, f, mt.Underlying().(*types.Map).Key(), true)
		val, ok3 := typeName(p, f, mt.Underlying().(*types.Map).Elem(), true)
		if !ok || !ok2 || !ok3 {
			return false
		}
		fn := e.Name("ok")
		e.Append("func " + fn + "(m " + m + ", k " + k + ") (" + val + ", bool) { if v, ok := m[k]; ok { return v, true }; return *new(" + val + "), false }")
		e.Insert(x.X.Pos(), fn+"(")
		e.Replace(x.X.End(), x.Lbrack+1, ", ")
		e.Replace(x.Rbrack, x.Rbrack+1, ")")
		return true
	}
	return false
}

// readsOnlyWhenOK reports whether the if statement is reads v only where
// ok holds: its condition is ok and its else branch does not read v, or
// its condition is !ok and its body does not.
func readsOnlyWhenOK(p *Package, is *ast.IfStmt, v *ast.Ident, ok ast.Expr) bool {
	okID, isID := ok.(*ast.Ident)
	if !isID || okID.Name == "_" {
		return false
	}
	obj := p.Info.ObjectOf(v)
	okObj := p.Info.ObjectOf(okID)
	switch c := ast.Unparen(is.Cond).(type) {
	case *ast.Ident:
		return p.Info.Uses[c] == okObj && (is.Else == nil || !usedIn(p, is.Else, obj))
	case *ast.UnaryExpr:
		id, isID := ast.Unparen(c.X).(*ast.Ident)
		return c.Op == token.NOT && isID && p.Info.Uses[id] == okObj && !usedIn(p, is.Body, obj)
	}
	return false
}

// statementEnd returns where a statement can follow n on its line: after
// n, a statement of a block, case or select clause, or after the var
// declaration (not a grouped one) whose spec n is.
func statementEnd(stack []ast.Node, n ast.Node) (token.Pos, bool) {
	if _, ok := n.(*ast.ValueSpec); ok {
		if len(stack) < 3 || stack[len(stack)-1].(*ast.GenDecl).Lparen.IsValid() {
			return token.NoPos, false
		}
		return statementEnd(stack[:len(stack)-2], stack[len(stack)-2])
	}
	if len(stack) == 0 {
		return token.NoPos, false
	}
	switch parent := stack[len(stack)-1].(type) {
	case *ast.BlockStmt:
		return n.End(), true
	case *ast.CaseClause:
		return n.End(), parent.Colon < n.Pos()
	case *ast.CommClause:
		return n.End(), parent.Comm != n
	}
	return token.NoPos, false
}

// nilable reports whether t is a type other than an interface whose zero
// value is nil.
func nilable(t types.Type) bool {
	switch t.Underlying().(type) {
	case *types.Pointer, *types.Slice, *types.Map, *types.Chan, *types.Signature:
		return true
	}
	return false
}

func operandKind(x ast.Expr) string {
	if _, ok := ast.Unparen(x).(*ast.TypeAssertExpr); ok {
		return "type assertion"
	}
	return "map index"
}
