package rewrite

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"strconv"
	"strings"
)

// Go 1.23's iter package names the function types a loop may range over:
// iter.Seq[V] is func(yield func(V) bool), iter.Seq2[K, V] is
// func(yield func(K, V) bool). The interpreter has Go 1.22's library, with
// no iter; this pass writes each instantiated Seq and Seq2 out as the
// function type it stands for, on its line, and drops the import, leaving
// the loops over them to the rangefunc pass:
//
//	func All() iter.Seq[int] {   =>   func All() func(yield func(int) bool)/*line :1:25*/ {
//
// The line directive keeps the columns of the code after it the student's.
// A value of such a type then has no name of its own, so the pass refuses
// one stored as an interface (handed to reflect, kept as any), where Go
// would show iter.Seq[int]; the printing pass prints one handed to fmt or
// log with the name Go prints. Calls of iter.Pull and iter.Pull2 are
// the library pass's to write out (see pull.go); either kept as a value is
// refused.

// WritesOutPackage reports whether the rewrite writes out every use of
// the package path, so that the interpreter needs none of it.
func WritesOutPackage(path string) bool { return path == "iter" }

func iterSeq(p *Package, f *ast.File, e *Editor) {
	var spec *ast.ImportSpec
	for _, imp := range f.Imports {
		if path, _ := strconv.Unquote(imp.Path.Value); path == "iter" {
			spec = imp
		}
	}
	if spec == nil {
		return
	}
	called := map[*ast.SelectorExpr]bool{} // iter.Pull(seq), iter.Pull2[K, V](seq): the library pass writes them out
	converts := map[ast.Expr]bool{}        // iter.Seq[int](f), which needs parentheses as a func type
	ast.Inspect(f, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.CallExpr:
			converts[n.Fun] = true
			fun := ast.Unparen(n.Fun)
			if ix, ok := fun.(*ast.IndexExpr); ok {
				fun = ast.Unparen(ix.X)
			} else if ix, ok := fun.(*ast.IndexListExpr); ok {
				fun = ast.Unparen(ix.X)
			}
			if sel, ok := fun.(*ast.SelectorExpr); ok {
				called[sel] = true
			}
		case *ast.IndexExpr, *ast.IndexListExpr:
			if text, ok := iterType(p, e, n.(ast.Expr)); ok {
				if converts[n.(ast.Expr)] {
					text = "(" + text + ")" // func(yield func(int) bool)(f) would declare a result
				}
				// A line directive gives the code after the longer text
				// its columns back.
				end := p.Fset.Position(n.End())
				e.Replace(n.Pos(), n.End(), fmt.Sprintf("%s/*line :%d:%d*/", text, end.Line, end.Column))
				return false
			}
		case *ast.SelectorExpr:
			if name, ok := iterMember(p, n); ok {
				switch {
				case (name == "Pull" || name == "Pull2") && called[n]:
				case name == "Pull" || name == "Pull2":
					e.Refuse(n.Pos(), "iter.%s is written out for each call of it, for the call's types, and socklab's interpreter has no iter package: call it (next, stop := iter.%s(seq)) rather than keeping it as a value", name, name)
				case name == "Seq" || name == "Seq2":
					e.Refuse(n.Pos(), "iter.%s was added in Go 1.23; socklab's interpreter has Go 1.22's library, and socklab writes out only iter.Seq and iter.Seq2 with their type arguments: write func(yield func(V) bool) for iter.Seq[V], and func(yield func(K, V) bool) for iter.Seq2[K, V]", name)
				default:
					e.Refuse(n.Pos(), "iter.%s is not in socklab's interpreter, which has Go 1.22's library", name)
				}
			}
		}
		return true
	})
	iterValues(p, f, e)
	if spec.Name != nil && spec.Name.Name == "." {
		e.Refuse(spec.Pos(), "a dot import of iter leaves Seq and Seq2 unqualified, which socklab does not write out: import \"iter\" and write iter.Seq[V]")
		return
	}
	e.Replace(spec.Pos(), spec.End(), "/* "+e.Text(spec.Pos(), spec.End())+" */"+dropImport(f, spec))
}

// dropImport returns the text that follows the import of iter, made a
// comment: nothing in a group of imports, an empty group for an import of
// its own.
func dropImport(f *ast.File, spec *ast.ImportSpec) string {
	for _, d := range f.Decls {
		if g, ok := d.(*ast.GenDecl); ok && g.Tok == token.IMPORT && !g.Lparen.IsValid() {
			for _, s := range g.Specs {
				if s == spec {
					return " ()"
				}
			}
		}
	}
	return ""
}

// iterMember returns the name of iter's member that sel names.
func iterMember(p *Package, sel *ast.SelectorExpr) (string, bool) {
	pn := pkgOf(p.Info, sel)
	if pn == nil || pn.Imported().Path() != "iter" {
		return "", false
	}
	return sel.Sel.Name, true
}

// iterType returns the function type that x, an instantiated iter.Seq or
// iter.Seq2, stands for, its type arguments written out in turn.
func iterType(p *Package, e *Editor, x ast.Expr) (string, bool) {
	var fun ast.Expr
	var args []ast.Expr
	switch x := x.(type) {
	case *ast.IndexExpr:
		fun, args = x.X, []ast.Expr{x.Index}
	case *ast.IndexListExpr:
		fun, args = x.X, x.Indices
	default:
		return "", false
	}
	sel, ok := fun.(*ast.SelectorExpr)
	if !ok {
		return "", false
	}
	name, ok := iterMember(p, sel)
	if !ok || name == "Seq" && len(args) != 1 || name == "Seq2" && len(args) != 2 || name != "Seq" && name != "Seq2" {
		return "", false
	}
	var spelled []string
	for _, a := range args {
		spelled = append(spelled, iterSpell(p, e, a))
	}
	return "func(yield func(" + strings.Join(spelled, ", ") + ") bool)", true
}

// iterSpell returns the text of the type expression x with every iter.Seq
// and iter.Seq2 inside it written out.
func iterSpell(p *Package, e *Editor, x ast.Expr) string {
	type piece struct {
		start, end token.Pos
		text       string
	}
	var pieces []piece
	ast.Inspect(x, func(n ast.Node) bool {
		if ex, ok := n.(ast.Expr); ok {
			if text, ok := iterType(p, e, ex); ok {
				pieces = append(pieces, piece{ex.Pos(), ex.End(), text})
				return false
			}
		}
		return true
	})
	var b strings.Builder
	at := x.Pos()
	for _, pc := range pieces {
		b.WriteString(e.Text(at, pc.start))
		b.WriteString(pc.text)
		at = pc.end
	}
	b.WriteString(e.Text(at, x.End()))
	return b.String()
}

// isIterType reports whether t is an instance of iter.Seq or iter.Seq2.
func isIterType(t types.Type) bool {
	n, ok := types.Unalias(t).(*types.Named)
	return ok && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == "iter"
}

// iterValues refuses a value of type iter.Seq or iter.Seq2 stored as an
// interface: an argument, a variable, a result or an element of interface
// type, where %T, %v or reflect would show the interpreter's function
// type instead of Go's name.
func iterValues(p *Package, f *ast.File, e *Editor) {
	storedAsInterface(p, f, isIterType, func(x ast.Expr, t, target types.Type) {
		e.Refuse(x.Pos(), "%s is an %s, which the interpreter, having no iter package, holds as a %s, so %%T, %%v and reflect of it as %s would show that type: range over it or call it rather than storing it as %s", types.ExprString(x), types.TypeString(t, types.RelativeTo(p.Types)), types.TypeString(t.Underlying(), types.RelativeTo(p.Types)), types.TypeString(target, types.RelativeTo(p.Types)), types.TypeString(target, types.RelativeTo(p.Types)))
	})
}

// storedAsInterface calls refuse for each expression of a type that kind
// accepts stored as an interface of another type: an argument (but the
// operands that the printing pass prints), a variable, a result, an
// element or a conversion.
func storedAsInterface(p *Package, f *ast.File, kind func(types.Type) bool, refuse func(x ast.Expr, t, target types.Type)) {
	check := func(x ast.Expr, target types.Type) {
		t := p.Info.TypeOf(x)
		if t == nil || target == nil || !kind(t) || !types.IsInterface(target) || kind(target) {
			return
		}
		refuse(x, t, target)
	}
	var sigs []*types.Signature
	var visit func(n ast.Node) bool
	visit = func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncDecl:
			if fn, ok := p.Info.Defs[n.Name].(*types.Func); ok && n.Body != nil {
				sigs = append(sigs, fn.Type().(*types.Signature))
				ast.Inspect(n.Body, visit)
				sigs = sigs[:len(sigs)-1]
			}
			return false
		case *ast.FuncLit:
			if sig, ok := p.Info.TypeOf(n).(*types.Signature); ok {
				sigs = append(sigs, sig)
				ast.Inspect(n.Body, visit)
				sigs = sigs[:len(sigs)-1]
			}
			return false
		case *ast.ReturnStmt:
			if len(sigs) > 0 && sigs[len(sigs)-1].Results().Len() == len(n.Results) {
				for i, r := range n.Results {
					check(r, sigs[len(sigs)-1].Results().At(i).Type())
				}
			}
		case *ast.AssignStmt:
			if len(n.Lhs) == len(n.Rhs) {
				for i, r := range n.Rhs {
					check(r, p.Info.TypeOf(n.Lhs[i]))
				}
			}
		case *ast.ValueSpec:
			if n.Type != nil {
				for _, v := range n.Values {
					check(v, p.Info.TypeOf(n.Type))
				}
			}
		case *ast.CallExpr:
			sig, ok := p.Info.TypeOf(n.Fun).(*types.Signature)
			if !ok {
				if tv := p.Info.Types[n.Fun]; tv.IsType() && len(n.Args) == 1 {
					check(n.Args[0], tv.Type) // any(seq)
				}
				return true
			}
			printed := len(n.Args)
			if spec, ok := printCalls()[(&shower{p: p}).callee(n)]; ok && !n.Ellipsis.IsValid() {
				printed = spec.first // the printing pass prints the others as Go does
			}
			for i, a := range n.Args {
				switch {
				case i >= printed:
				case i < sig.Params().Len()-1 || !sig.Variadic() && i < sig.Params().Len():
					check(a, sig.Params().At(i).Type())
				case sig.Variadic() && !n.Ellipsis.IsValid():
					check(a, sig.Params().At(sig.Params().Len()-1).Type().(*types.Slice).Elem())
				}
			}
		case *ast.CompositeLit:
			t := p.Info.TypeOf(n)
			if t == nil {
				return true
			}
			for _, el := range n.Elts {
				v := el
				if kv, ok := el.(*ast.KeyValueExpr); ok {
					v = kv.Value
				}
				switch u := t.Underlying().(type) {
				case *types.Slice:
					check(v, u.Elem())
				case *types.Array:
					check(v, u.Elem())
				case *types.Map:
					check(v, u.Elem())
				}
			}
		}
		return true
	}
	ast.Inspect(f, visit)
}
