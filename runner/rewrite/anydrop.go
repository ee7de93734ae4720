package rewrite

import (
	"go/ast"
	"go/types"
)

// The interpreter makes type Names []string with a String method one type
// with a []string of the script's values at run time (and type Mode uint8
// with other methods one with a uint8, a struct type one with a struct
// literal of its fields), and tells a Names in an any from a []string
// only as the value it keeps there in its wrapper (see ShownThroughAny:
// printing asks for it only in the wrapper, lift.Wrapped). In three places
// it stores the value bare instead, so that fmt prints it as the other
// type ([a b] where Go calls String) and %T names the other type:
//
//   - a function's result of an empty interface type (return Names{...});
//   - a conversion to an empty interface (any(n));
//   - a composite literal assigned to a variable of an empty interface
//     type (v = Names{...}, var v any = Names{...}), where it builds the
//     value in the variable itself.
//
// Keeping it in the wrapper there would change what compiled code
// (encoding/json, ==, a map's keys) sees of a value that works today, so
// this pass refuses these places instead, where a package of the script
// prints a value of an interface that such a type implements (or one
// that holds such interfaces: an []any). Sent on a channel, passed to a
// function of the script, stored from a variable or into a field or an
// element, the value stays in its wrapper and prints as Go prints it.
func init() { register(Pass{Name: "anydrop", Run: anyDrops}) }

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
	refuse := func(x ast.Expr, t types.Type, where, instead string) {
		name, other := types.TypeString(t, qualifier(p.Types)), lookalikeSpelling(t, p.Types)
		e.Refuse(x.Pos(), "the interpreter makes %s one type with %s at run time, and keeps a value of %s %s without the wrapper by which fmt tells them apart, so it would print it as a %s (and %%T would name %s): %s",
			name, other, name, where, other, other, instead)
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
					if t := dropped(r, results.At(i).Type()); t != nil {
						refuse(r, t, "returned as an any", "give the function the result type "+types.TypeString(t, qualifier(p.Types))+", or send the value on a channel or pass it to the function that prints it")
					}
				}
			case *ast.CallExpr:
				if tv, ok := p.Info.Types[n.Fun]; ok && tv.IsType() && len(n.Args) == 1 {
					if t := dropped(n.Args[0], tv.Type); t != nil {
						refuse(n.Args[0], t, "converted to an any", "assign a variable of its type to a variable of type any instead (var v any = x)")
					}
				}
			case *ast.AssignStmt:
				if len(n.Lhs) == 1 && len(n.Rhs) == 1 {
					if _, lit := n.Rhs[0].(*ast.CompositeLit); lit {
						if _, ident := n.Lhs[0].(*ast.Ident); ident {
							if t := dropped(n.Rhs[0], p.Info.TypeOf(n.Lhs[0])); t != nil {
								refuse(n.Rhs[0], t, "built by a composite literal in a variable of type any", "assign the literal to a variable of its own type first, and that variable to the any")
							}
						}
					}
				}
			case *ast.ValueSpec:
				if len(n.Names) == 1 && len(n.Values) == 1 && n.Type != nil {
					if _, lit := n.Values[0].(*ast.CompositeLit); lit {
						if t := dropped(n.Values[0], p.Info.TypeOf(n.Type)); t != nil {
							refuse(n.Values[0], t, "built by a composite literal in a variable of type any", "assign the literal to a variable of its own type first, and that variable to the any")
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
			spec, ok := printCalls[s.callee(call)]
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

// lookalikeSpelling spells the type that the interpreter makes t, a
// defined type or a pointer to one, one with: its underlying type.
func lookalikeSpelling(t types.Type, pkg *types.Package) string {
	if p, ok := t.(*types.Pointer); ok {
		return "*" + types.TypeString(p.Elem().Underlying(), qualifier(pkg))
	}
	return types.TypeString(t.Underlying(), qualifier(pkg))
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
