package rewrite

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"
)

// The interpreter builds a struct literal assigned to a variable (v =
// Point{1, 2}), and the function a call of Go's library returns (stop =
// context.AfterFunc(ctx, f), once = sync.OnceFunc(f)), straight into the
// variable's place, by replacing the value that the function's frame
// holds there. A function literal that assigns
// a variable of the function around it sees that frame through a copy of
// its list of places, so the replaced value never reaches the variable:
// after func() { p = Point{1, 2} }(), a deferred recover that sets a
// named result (res = Result{Err: ...}), or a goroutine that stores its
// result, p was still the zero Point. In parentheses the literal is an
// expression of its own, which the assignment copies into the variable,
// as it copies any other value:
//
//	func() { p = Point{1, 2} }()   =>   func() { p = (/*line :9:15*/Point{1, 2})/*line :9:26*/ }()
//
// Only such a value alone on the right of = in a function literal (or
// the body of a loop over a function, which pass rangefunc makes one), to
// a variable declared outside it, is so wrapped.

func capturedLiterals(p *Package, f *ast.File, e *Editor) {
	ast.PreorderStack(f, nil, func(n ast.Node, stack []ast.Node) bool {
		s, ok := n.(*ast.AssignStmt)
		if !ok || s.Tok != token.ASSIGN || len(s.Lhs) != 1 || len(s.Rhs) != 1 {
			return true
		}
		lit := s.Rhs[0]
		if !placedValue(p, lit) {
			return true
		}
		id, ok := s.Lhs[0].(*ast.Ident)
		if !ok {
			return true
		}
		v, ok := p.Info.Uses[id].(*types.Var)
		if !ok || v.Parent() == nil || v.Parent() == p.Types.Scope() || v.Parent() == types.Universe {
			return true
		}
		if capturedIn(p, v, stack) {
			e.InsertFirst(lit.Pos(), "("+e.lineAt(lit.Pos()))
			e.Insert(lit.End(), ")"+e.lineAt(lit.End()))
		}
		return true
	})
}

// placedValue reports whether x is a value that the interpreter writes
// into the frame's place of the variable it is assigned to: a struct
// literal, or the value of a function that a call of Go's library returns.
func placedValue(p *Package, x ast.Expr) bool {
	switch x := x.(type) {
	case *ast.CompositeLit:
		_, ok := p.Info.TypeOf(x).Underlying().(*types.Struct)
		return ok
	case *ast.CallExpr:
		if tv, ok := p.Info.Types[x.Fun]; !ok || tv.IsType() || tv.IsBuiltin() {
			return false
		}
		_, ok := p.Info.TypeOf(x).Underlying().(*types.Signature)
		return ok && libraryCallee(p, x)
	}
	return false
}

// libraryCallee reports whether call calls a function or method of a
// package of Go's library.
func libraryCallee(p *Package, call *ast.CallExpr) bool {
	var id *ast.Ident
	switch fn := ast.Unparen(call.Fun).(type) {
	case *ast.Ident:
		id = fn
	case *ast.SelectorExpr:
		id = fn.Sel
	default:
		return false
	}
	f, ok := p.Info.Uses[id].(*types.Func)
	return ok && standardPackage(p, f.Pkg())
}

// capturedIn reports whether v, a local variable, is declared outside the
// innermost function literal of stack, the ancestors of a statement, or
// outside the innermost loop over a function, whose body pass rangefunc
// makes a function literal.
func capturedIn(p *Package, v *types.Var, stack []ast.Node) bool {
	for i := len(stack) - 1; i >= 0; i-- {
		switch fn := stack[i].(type) {
		case *ast.FuncLit:
			return v.Pos() < fn.Pos() || v.Pos() >= fn.End()
		case *ast.RangeStmt:
			if rangeOver(p, fn) == "func" && (v.Pos() < fn.Pos() || v.Pos() >= fn.End()) {
				return true
			}
		case *ast.FuncDecl:
			return false
		}
	}
	return false
}

// standardPackage reports whether pkg is a package of Go's standard library,
// whose paths have no dot, and not p's own.
func standardPackage(p *Package, pkg *types.Package) bool {
	return pkg != nil && pkg != p.Types && !strings.Contains(pkg.Path(), ".")
}
