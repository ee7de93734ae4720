package refuse

import (
	"go/ast"
	"go/token"
	"go/types"
)

// valueOrigins finds what an interface operand may hold more closely than
// what the package converts to its type anywhere (heldValues), so that a
// value only printed (fmt.Println(any(uint8(1)))) does not count for a
// comparison of others: a conversion holds its operand's type; a call of
// a function of the package, what its return statements give; a local
// variable assigned only whole, what it is assigned. Anything else (a
// parameter, an element, a field, a variable whose address is taken) may
// hold what its type's interface may.
type valueOrigins struct {
	r       *reporter
	assigns map[types.Object][]ast.Expr // each variable's values, where all are known
	opaque  map[types.Object]bool       // variables assigned otherwise, or whose address is taken
	returns map[*types.Func][]ast.Expr  // each function's first results, where all are known
	seen    map[any]bool                // what is being followed, against cycles
	params  map[*types.Var]bool         // functions' parameters and results
}

func newValueOrigins(r *reporter) *valueOrigins {
	o := &valueOrigins{r: r, assigns: map[types.Object][]ast.Expr{}, opaque: map[types.Object]bool{}, returns: map[*types.Func][]ast.Expr{}, seen: map[any]bool{}, params: map[*types.Var]bool{}}
	for _, tv := range r.info.Types {
		if sig, ok := tv.Type.(*types.Signature); ok {
			for _, vs := range []*types.Tuple{sig.Params(), sig.Results()} {
				for i := range vs.Len() {
					o.params[vs.At(i)] = true
				}
			}
		}
	}
	for _, def := range r.info.Defs {
		if fn, ok := def.(*types.Func); ok {
			sig := fn.Type().(*types.Signature)
			for _, vs := range []*types.Tuple{sig.Params(), sig.Results()} {
				for i := range vs.Len() {
					o.params[vs.At(i)] = true
				}
			}
		}
	}
	assign := func(l ast.Expr, v ast.Expr) {
		if obj := r.object(l); obj != nil {
			if v == nil {
				o.opaque[obj] = true
			} else {
				o.assigns[obj] = append(o.assigns[obj], v)
			}
		}
	}
	r.inspect(func(n ast.Node, _ []ast.Node) bool {
		switch n := n.(type) {
		case *ast.AssignStmt:
			for i, l := range n.Lhs {
				if len(n.Lhs) == len(n.Rhs) && (n.Tok == token.ASSIGN || n.Tok == token.DEFINE) {
					assign(l, n.Rhs[i])
				} else {
					assign(l, nil)
				}
			}
		case *ast.ValueSpec:
			for i, name := range n.Names {
				switch {
				case len(n.Values) == len(n.Names):
					assign(name, n.Values[i])
				case len(n.Values) != 0:
					assign(name, nil)
				}
			}
		case *ast.RangeStmt:
			assign(n.Key, nil)
			if n.Value != nil {
				assign(n.Value, nil)
			}
		case *ast.UnaryExpr:
			if n.Op == token.AND {
				assign(n.X, nil)
			}
		case *ast.FuncDecl:
			fn, ok := r.info.Defs[n.Name].(*types.Func)
			if !ok || n.Body == nil {
				return true
			}
			var results []ast.Expr
			known := true
			ast.Inspect(n.Body, func(m ast.Node) bool {
				switch m := m.(type) {
				case *ast.FuncLit:
					return false
				case *ast.ReturnStmt:
					if len(m.Results) == 0 {
						known = false
					} else {
						results = append(results, m.Results[0])
					}
				}
				return true
			})
			if known {
				o.returns[fn] = results
			}
		}
		return true
	})
	return o
}

// of returns the types of the values that e, an operand, may hold.
func (o *valueOrigins) of(e ast.Expr) []types.Type {
	r := o.r
	e = ast.Unparen(e)
	t := r.typeOf(e)
	if t == nil {
		return nil
	}
	if r.info.Types[e].IsNil() {
		return nil
	}
	if !types.IsInterface(t) {
		return []types.Type{types.Default(t)}
	}
	follow := func(key any, exprs []ast.Expr) []types.Type {
		if o.seen[key] {
			return nil
		}
		o.seen[key] = true
		defer delete(o.seen, key)
		var out []types.Type
		for _, x := range exprs {
			out = append(out, o.of(x)...)
		}
		return out
	}
	switch x := e.(type) {
	case *ast.Ident:
		obj, ok := r.info.Uses[x].(*types.Var)
		if ok && !o.opaque[obj] && !obj.IsField() && obj.Parent() != nil && obj.Parent() != r.pkg.Scope() && !o.params[obj] {
			return follow(obj, o.assigns[obj])
		}
	case *ast.CallExpr:
		if tv := r.info.Types[x.Fun]; tv.IsType() && len(x.Args) == 1 {
			return o.of(x.Args[0])
		}
		if fn := r.calledFunc(x); fn != nil {
			if res, ok := o.returns[fn]; ok && fn.Type().(*types.Signature).Results().Len() == 1 {
				return follow(fn, res)
			}
		}
	}
	return r.heldValues(t)
}
