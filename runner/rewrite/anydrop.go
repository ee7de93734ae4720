package rewrite

import (
	"fmt"
	"go/ast"
	"go/types"
)

// The interpreter makes type Names []string with a String method one type
// with a []string of the script's values at run time (and type Mode uint8
// with other methods one with a uint8, a struct type one with a struct
// literal of its fields), and tells a Names in an any from a []string
// only as the value it keeps there in its wrapper (see ShownThroughAny:
// printing asks for it only in the wrapper, lift.Wrapped). In three places
// it stores the value bare instead, so that fmt printed it as the other
// type ([a b] where Go calls String) and %T named the other type:
//
//   - a function's result of an empty interface type (return Names{...});
//   - a conversion to an empty interface (any(n));
//   - a composite literal assigned to a variable of an empty interface
//     type (v = Names{...}, var v any = Names{...}), where it builds the
//     value in the variable itself.
//
// Passed to a function of the script, the value goes into its wrapper, as
// it does sent on a channel, stored from a variable or into a field or an
// element, and prints as Go prints it. So this pass hands the value there
// to a function of the file's own that returns it as it is, declared once
// after the file's last line, where a package of the script prints a
// value of an interface that such a type implements (or one that holds
// such interfaces: an []any); elsewhere nothing prints it, and what
// compiled code sees of it (encoding/json, ==, a map's keys) stays as it
// is:
//
//	return Names{"ann"}   =>   return _slKeep1(/*line :9:9*/Names{"ann"})/*line :9:21*/
//	...
//	func _slKeep1(v any) any { return v }

func anyDrops(p *Package, f *ast.File, e *Editor) {
	pkgs := append([]Checked{{Files: p.Files, Types: p.Types, Info: p.Info}}, p.Peers...)
	var kept []types.Type
	for _, c := range ScriptShownThroughAny(pkgs) {
		if c.Wrapped {
			kept = append(kept, c.Type)
		}
	}
	if len(kept) == 0 {
		return
	}
	var printed []types.Type
	for _, c := range pkgs {
		printed = append(printed, printedTypes(c)...)
	}
	// dropped returns the type of kept of x's value where it goes to an
	// empty interface dst, and a package prints an interface it
	// implements; nil otherwise.
	dropped := func(x ast.Expr, dst types.Type) types.Type {
		if dst == nil || !types.IsInterface(dst) || !dst.Underlying().(*types.Interface).Empty() {
			return nil
		}
		t := p.Info.TypeOf(x)
		if t == nil || types.IsInterface(t) {
			return nil
		}
		for _, k := range kept {
			if types.Identical(k, t) && printedAs(printed, k) {
				return k
			}
		}
		return nil
	}
	keepFn := ""
	keep := func(x ast.Expr) {
		if keepFn == "" {
			keepFn = e.Name("slKeep")
			e.Append("func " + keepFn + "(v any) any { return v }")
		}
		start, end := p.Fset.Position(x.Pos()), p.Fset.Position(x.End())
		e.InsertLast(x.Pos(), fmt.Sprintf("%s(/*line :%d:%d*/", keepFn, start.Line, start.Column))
		e.InsertFirst(x.End(), fmt.Sprintf(")/*line :%d:%d*/", end.Line, end.Column))
	}
	var walk func(n ast.Node, results *types.Tuple)
	walk = func(n ast.Node, results *types.Tuple) {
		ast.Inspect(n, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.FuncLit:
				if sig, ok := p.Info.TypeOf(n).(*types.Signature); ok && n.Body != nil {
					walk(n.Body, sig.Results())
				}
				return false
			case *ast.ReturnStmt:
				if results == nil || len(n.Results) != results.Len() {
					return true
				}
				for i, r := range n.Results {
					if dropped(r, results.At(i).Type()) != nil {
						keep(r)
					}
				}
			case *ast.CallExpr:
				if tv, ok := p.Info.Types[n.Fun]; ok && tv.IsType() && len(n.Args) == 1 {
					if dropped(n.Args[0], tv.Type) != nil {
						keep(n.Args[0])
					}
				}
			case *ast.AssignStmt:
				if len(n.Lhs) == 1 && len(n.Rhs) == 1 {
					if _, lit := n.Rhs[0].(*ast.CompositeLit); lit {
						if _, ident := n.Lhs[0].(*ast.Ident); ident {
							if dropped(n.Rhs[0], p.Info.TypeOf(n.Lhs[0])) != nil {
								keep(n.Rhs[0])
							}
						}
					}
				}
			case *ast.ValueSpec:
				if len(n.Names) == 1 && len(n.Values) == 1 && n.Type != nil {
					if _, lit := n.Values[0].(*ast.CompositeLit); lit {
						if dropped(n.Values[0], p.Info.TypeOf(n.Type)) != nil {
							keep(n.Values[0])
						}
					}
				}
			}
			return true
		})
	}
	for _, d := range f.Decls {
		fd, ok := d.(*ast.FuncDecl)
		if !ok {
			walk(d, nil)
			continue
		}
		if fd.Body == nil {
			continue
		}
		var results *types.Tuple
		if fn, ok := p.Info.Defs[fd.Name].(*types.Func); ok {
			results = fn.Type().(*types.Signature).Results()
		}
		walk(fd.Body, results)
	}
}

// printedTypes returns the static types of the values that c's printing
// calls print (fmt's, log's and *log.Logger's).
func printedTypes(c Checked) []types.Type {
	s := &shower{p: &Package{Types: c.Types, Info: c.Info}}
	var out []types.Type
	for _, f := range c.Files {
		ast.Inspect(f, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok {
				return true
			}
			spec, ok := printCalls()[s.callee(call)]
			if !ok || spec.first > len(call.Args) {
				return true
			}
			for _, a := range call.Args[spec.first:] {
				if t := c.Info.TypeOf(a); t != nil {
					out = append(out, t)
				}
			}
			return true
		})
	}
	return out
}

// printedAs reports whether a type of printed is, or holds, an interface
// that t implements.
func printedAs(printed []types.Type, t types.Type) bool {
	for _, pt := range printed {
		if Involves(pt, func(u types.Type) bool {
			it, ok := u.Underlying().(*types.Interface)
			return ok && types.Implements(t, it)
		}) {
			return true
		}
	}
	return false
}

// qualifier spells a type of another package than pkg by the package's
// name, as its source does.
func qualifier(pkg *types.Package) types.Qualifier {
	return func(q *types.Package) string {
		if q == pkg {
			return ""
		}
		return q.Name()
	}
}
