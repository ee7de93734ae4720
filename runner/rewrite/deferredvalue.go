package rewrite

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"slices"

	"github.com/socklab/socklab/runner/lift"
)

// Go's recover() stops a panic when the deferred function calls it
// directly, whatever the function is: a literal deferred where it is
// written, a function or method, or a function value (defer catch(),
// where catch holds a function literal). The interpreter's recover looks
// for the panic in the frame a function literal was made in (a copy of
// the frame of the function around it, taken when the literal was made),
// which is not the frame of the function that deferred it: a literal
// deferred as a value never recovers. A declared function's recover looks
// in the frame where its value was taken. So, in a package where a
// function literal that is not deferred where it is written calls
// recover, each deferred call of a function value goes through
// lift.Deferred with a function the file declares, which takes the panic
// of the frame that defers the call: while the call runs, a recover() it
// makes directly takes the panic through that function (see
// lift.Recovered); a panic no one takes goes on from the frame as before.
// A line directive after each inserted text gives what follows its column
// back:
//
//	defer catch()   =>   defer _sl2.Deferred(/*line :12:8*/catch, _recover0_1)/*line :12:13*/()
//
// A function of another type than func() goes through
// lift.DeferredCall, asserted back to its type, which the file must be
// able to name.

func deferredValues(p *Package, f *ast.File, e *Editor) {
	if !recoversInValues(p) {
		return
	}
	take := ""
	inspectDefers(f, func(d *ast.DeferStmt, _ []ast.Node) {
		fun := d.Call.Fun
		if !deferredValue(p, fun) {
			return
		}
		sig, ok := p.Info.TypeOf(fun).Underlying().(*types.Signature)
		if !ok {
			return
		}
		typ := ""
		if sig.Params().Len() > 0 || sig.Results().Len() > 0 {
			typ, ok = typeName(p, f, types.NewSignatureType(nil, nil, nil, sig.Params(), sig.Results(), sig.Variadic()), false)
			if !ok {
				e.Refuse(d.Pos(), "recover() in a function deferred as a value (defer %s) stops the panic in the interpreter only where socklab can name the function's type, %s, in this file: import here the packages of its parameters and results", types.ExprString(d.Call), types.TypeString(p.Info.TypeOf(fun), types.RelativeTo(p.Types)))
				return
			}
		}
		if take == "" {
			if take = declareTake(p, f, e); take == "" {
				return
			}
		}
		pkg := e.Import(lift.Package)
		if typ == "" {
			e.Insert(fun.Pos(), pkg+".Deferred("+e.lineAt(fun.Pos()))
		} else {
			e.Insert(fun.Pos(), pkg+".DeferredCall("+e.lineAt(fun.Pos()))
		}
		// After pass deferframe's wrapping, which comes inside this one.
		e.Later(func() {
			if typ == "" {
				e.Insert(fun.End(), ", "+take+")"+e.lineAt(fun.End()))
			} else {
				e.Insert(fun.End(), ", "+take+").("+typ+")"+e.lineAt(fun.End()))
			}
		})
	})
}

// deferredValue reports whether fun, the function of a deferred call, is
// a function value: not a function literal, a declared function or
// method, or a builtin.
func deferredValue(p *Package, fun ast.Expr) bool {
	switch f := ast.Unparen(fun).(type) {
	case *ast.FuncLit:
		return false
	case *ast.Ident:
		_, isVar := p.Info.Uses[f].(*types.Var)
		return isVar
	case *ast.SelectorExpr:
		_, isVar := p.Info.Uses[f.Sel].(*types.Var)
		return isVar
	case *ast.IndexExpr:
		return funcNamed(p, f.X) == nil // a generic function's instance is no value
	case *ast.IndexListExpr:
		return false
	}
	return true
}

// recoversInValues reports whether a function literal of the package that
// is not deferred where it is written calls recover directly.
func recoversInValues(p *Package) bool {
	found := false
	for _, f := range p.Files {
		ast.PreorderStack(f, nil, func(n ast.Node, stack []ast.Node) bool {
			lit, ok := n.(*ast.FuncLit)
			if found || !ok || deferredHere(lit, stack) {
				return !found
			}
			ast.Inspect(lit.Body, func(m ast.Node) bool {
				switch x := m.(type) {
				case *ast.FuncLit:
					return false
				case *ast.CallExpr:
					found = found || IsRecover(p.Info, x)
				}
				return !found
			})
			return !found
		})
	}
	return found
}

// deferredHere reports whether lit, under the nodes of stack, is the
// function of a defer statement.
func deferredHere(lit *ast.FuncLit, stack []ast.Node) bool {
	var x ast.Node = lit
	for i := len(stack) - 1; i >= 0; i-- {
		switch s := stack[i].(type) {
		case *ast.ParenExpr:
			x = s
			continue
		case *ast.CallExpr:
			if s.Fun != x || i == 0 {
				return false
			}
			d, ok := stack[i-1].(*ast.DeferStmt)
			return ok && d.Call == s
		}
		return false
	}
	return false
}

// declareTake declares the function whose recover() takes the panic of the
// frame its value is taken in, on the line of the file's first
// declaration after the imports, and returns its name. It goes before the
// functions that take its value: the interpreter compiles a function
// literal as it meets it, and a function that the file declares later has
// no code yet there, so that a value of it taken in the literal does
// nothing.
func declareTake(p *Package, f *ast.File, e *Editor) string {
	for _, d := range f.Decls {
		if g, ok := d.(*ast.GenDecl); ok && g.Tok == token.IMPORT {
			continue
		}
		name := e.Name(fmt.Sprintf("recover%d_", slices.Index(p.Files, f)))
		e.Insert(d.Pos(), "func "+name+"() interface{} { return recover() }; "+e.lineAt(d.Pos()))
		return name
	}
	return ""
}
