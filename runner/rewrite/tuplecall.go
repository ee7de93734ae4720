package rewrite

import (
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"strings"
)

// The interpreter assigns the results of a call of the script's function
// spread over several operands (r, err = open(name)), and returns them so
// (return fail()), as they are, without the conversion Go makes of a
// result of a type the script declares to an operand's interface type:
// the assignment stopped with "reflect.Set: value of type *struct {...}
// is not assignable to type io.Reader", the return of a struct value as
// an error so too. Assigned to variables of their own types first and
// returned from there, as a function literal called at once does, the
// results are converted as a return of several values converts them:
//
//	r, err = open(name)   =>   r, err = func() (io.Reader, error) { _tc1, _tc2 := open(name); return _tc1, _tc2 }()
//
// A short declaration declares its variables of the results' own types,
// and needs none; an assignment to more than variables pass evalorder
// makes one by one, through variables, which converts too.

func tupleCalls(p *Package, f *ast.File, e *Editor) {
	type site struct {
		call    *ast.CallExpr
		targets []types.Type
	}
	var found []site
	ast.PreorderStack(f, nil, func(n ast.Node, stack []ast.Node) bool {
		switch n := n.(type) {
		case *ast.AssignStmt:
			if n.Tok != token.ASSIGN || len(n.Rhs) != 1 || len(n.Lhs) < 2 {
				return true
			}
			call, ok := ast.Unparen(n.Rhs[0]).(*ast.CallExpr)
			if !ok {
				return true
			}
			if slices.ContainsFunc(n.Lhs, func(l ast.Expr) bool { _, id := l.(*ast.Ident); return !id }) {
				return true // evalorder assigns the results one by one (see tupleorder.go)
			}
			targets := make([]types.Type, len(n.Lhs))
			for i, l := range n.Lhs {
				if !isBlank(l) {
					targets[i] = p.Info.TypeOf(l)
				}
			}
			if convertsResult(p, call, targets) {
				found = append(found, site{call, targets})
			}
		case *ast.ReturnStmt:
			if len(n.Results) != 1 {
				return true
			}
			call, ok := ast.Unparen(n.Results[0]).(*ast.CallExpr)
			if !ok {
				return true
			}
			sig := enclosingSignature(p.Info, stack)
			if sig == nil || sig.Results().Len() < 2 {
				return true
			}
			targets := make([]types.Type, sig.Results().Len())
			for i := range targets {
				targets[i] = sig.Results().At(i).Type()
			}
			if convertsResult(p, call, targets) {
				found = append(found, site{call, targets})
			}
		}
		return true
	})
	if len(found) > 0 {
		// Later, so that the literal opens before whatever the other
		// passes insert at the call's start and closes after its end.
		e.Later(func() {
			for _, s := range found {
				spreadCall(p, f, e, s.call, s.targets)
			}
		})
	}
}

// convertsResult reports whether call, of the script's function, returns
// as many results as targets, one of them of a type with methods that the
// script declares (or a pointer to one) going to an interface type with
// methods; a nil target is a blank, which takes the result as it is.
func convertsResult(p *Package, call *ast.CallExpr, targets []types.Type) bool {
	if tv := p.Info.Types[call.Fun]; tv.IsType() || tv.IsBuiltin() || libraryCallee(p, call) {
		return false
	}
	tuple, ok := p.Info.TypeOf(call).(*types.Tuple)
	if !ok || tuple.Len() != len(targets) {
		return false
	}
	for i, t := range targets {
		if t == nil || !methodInterface(t) || hasTypeParam(t) {
			continue
		}
		rt := tuple.At(i).Type()
		if ptr, ok := types.Unalias(rt).(*types.Pointer); ok {
			rt = ptr.Elem()
		}
		if n, ok := types.Unalias(rt).(*types.Named); ok && !hasTypeParam(rt) && scriptDeclared(p, n) && types.NewMethodSet(types.NewPointer(n)).Len() > 0 {
			return true // its own methods, or those its fields promote
		}
	}
	return false
}

// spreadCall writes call inside a function literal of results of types
// targets (the call's own where a target is nil), which assigns its
// results to variables and returns those, where the file can spell the
// types and no other pass replaces text across the call's ends.
func spreadCall(p *Package, f *ast.File, e *Editor, call *ast.CallExpr, targets []types.Type) {
	first, last := call.Pos(), call.End()
	start, stop := e.file.Offset(first), e.file.Offset(last)
	for _, ed := range e.edits {
		if ed.start < ed.end && (ed.start < start && ed.end > start || ed.start < stop && ed.end > stop) {
			return
		}
	}
	tuple := p.Info.TypeOf(call).(*types.Tuple)
	results := make([]string, len(targets))
	names := make([]string, len(targets))
	for i, t := range targets {
		if t == nil {
			t = tuple.At(i).Type()
		}
		typ, ok := spellResult(p, f, e, t)
		if !ok {
			return
		}
		results[i] = typ
		names[i] = e.Name("tc")
	}
	vars := strings.Join(names, ", ")
	e.InsertFirst(first, "func() ("+strings.Join(results, ", ")+") { "+vars+" := "+e.lineAt(first))
	e.InsertLast(last, "; return "+vars+" }()"+e.lineAt(last))
}

// spellResult is the text of t in f: as the file names it, else, for a
// type of Go's library that f does not import, with its package imported
// by the edits.
func spellResult(p *Package, f *ast.File, e *Editor, t types.Type) (string, bool) {
	if typ, ok := typeName(p, f, t, false); ok {
		return typ, oneLine(typ)
	}
	n, ok := types.Unalias(t).(*types.Named)
	if !ok || n.Obj().Pkg() == nil || n.Obj().Pkg() == p.Types || slices.Contains(p.Script, n.Obj().Pkg()) || n.TypeArgs().Len() > 0 {
		return "", false
	}
	return libraryTypeName(p, f, e, t), true
}

// scriptDeclared reports whether n is a type that one of the script's
// packages declares, not an interface.
func scriptDeclared(p *Package, n *types.Named) bool {
	pkg := n.Obj().Pkg()
	return pkg != nil && !types.IsInterface(n) && (pkg == p.Types || slices.Contains(p.Script, pkg))
}
