package refuse

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"

	"github.com/socklab/socklab/runner/rewrite"
)

// wrappedAnys refuses %w of fmt.Errorf whose operand is of an interface
// type without an Error method (an any parameter) that may hold a value
// of a type the script declares with one, other than a type of lift's
// pool: the interpreter hands fmt.Errorf such a value without its Error
// method, so fmt wrote %!w(<nil>) and errors.As found nothing where Go
// wraps the error. What recover returns is left to recoveredValues (pass
// recover gives it its type back). The types that pass wrapany asks
// for (rewrite.HeldLifted) of an operand of an empty interface are let
// be.
func wrappedAnys(r *reporter) {
	errType := types.Universe.Lookup("error").Type()
	errIface := errType.Underlying().(*types.Interface)
	var only map[*types.Var]bool
	r.inspect(func(n ast.Node, _ []ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok || !rewrite.WrappedAnyCall(r.info, call) {
			return true
		}
		tv := r.info.Types[call.Args[0]]
		args := call.Args[1:]
		for i, vs := range rewrite.ArgVerbs(constant.StringVal(tv.Value), len(args)) {
			wrapped := false
			for _, v := range vs {
				wrapped = wrapped || v.Verb == 'w'
			}
			if !wrapped {
				continue
			}
			a := args[i]
			t := r.typeOf(a)
			if t == nil || types.Implements(t, errIface) {
				continue
			}
			if !types.IsInterface(t) {
				if rewrite.Involves(t, r.declared) {
					r.refuseNoError(a, t, t)
				}
				continue
			}
			if only == nil {
				only = rewrite.OnlyRecovered(r.info, r.files)
			}
			if rewrite.IsRecovered(r.info, only, a) || r.fromRecover(a) {
				continue
			}
			h := r.held()
			var found, plain types.Type
			var nilAt token.Pos
			if u, ok := t.Underlying().(*types.Interface); ok && u.Empty() && !isTypeParamType(t) {
				lifted := r.heldLiftedTypes(t, errType, true)
				for _, held := range r.heldValues(t) {
					if !rewrite.Involves(held, r.declared) {
						continue
					}
					if !types.Implements(held, errIface) {
						plain = held
						break
					}
					n, ok := types.Unalias(held).(*types.Named)
					if p, isPtr := types.Unalias(held).(*types.Pointer); isPtr {
						n, ok = types.Unalias(p.Elem()).(*types.Named)
					}
					if !ok || !r.declared(n) || !r.pooled(n) && (lifted == nil || !lifted(n)) {
						found = held
						if nilLifted := r.heldLiftedTypes(t, errType, false); ok && nilLifted != nil && nilLifted(n) {
							nilAt = r.nilStored()[n.Obj()]
						}
						break
					}
				}
			} else {
				for _, held := range r.heldValues(t) {
					if rewrite.Involves(held, r.declared) && !types.Implements(held, errIface) {
						plain = held
						break
					}
				}
				h.reach(t, true, func(held types.Type) bool {
					n, ok := types.Unalias(held).(*types.Named)
					if !ok || !r.declared(n) || types.IsInterface(n) || rewrite.Pooled(n.Obj()) {
						return false
					}
					if types.Implements(n, errIface) || types.Implements(types.NewPointer(n), errIface) {
						found = n
						return true
					}
					return false
				})
			}
			if found == nil && plain == nil && h.generic {
				found = t
			}
			switch {
			case plain != nil:
				r.refuseNoError(a, t, plain)
			case nilAt.IsValid():
				r.refuse(a.Pos(), "%%w of %s, of type %s, may hold a nil %s, stored as an interface at %s, which the interpreter hands fmt.Errorf without its Error method: test the pointer against nil before you store it (if p != nil { ... })", types.ExprString(a), types.TypeString(t, types.RelativeTo(r.pkg)), types.TypeString(found, types.RelativeTo(r.pkg)), r.fset.Position(nilAt))
			case found != nil:
				name := types.TypeString(found, types.RelativeTo(r.pkg))
				r.refuse(a.Pos(), "%%w of %s, of type %s, which may hold %s: the interpreter hands fmt.Errorf such a value without its Error method, so it would write %%!w(<nil>) where Go wraps the error: declare the type at the top level of the file, without type parameters, or wrap a value of type error (declare %s an error, or assert it: err, ok := %s.(error))", types.ExprString(a), types.TypeString(t, types.RelativeTo(r.pkg)), withArticle(name), types.ExprString(a), types.ExprString(a))
			}
		}
		return true
	})
}

// fromRecover reports whether e is a variable that holds what recover
// returned, or what a function returned of it (see recoveredResults), or
// a call of such a function: pass recover gives that value its type back.
func (r *reporter) fromRecover(e ast.Expr) bool {
	if r.recoverFlow == nil {
		vars := r.recoveredVars()
		returned, returning := r.recoveredResults(vars)
		r.recoverFlow = &recoveredFlow{vars, returned, returning}
	}
	switch x := ast.Unparen(e).(type) {
	case *ast.Ident:
		o := r.info.Uses[x]
		return o != nil && (r.recoverFlow.vars[o] || r.recoverFlow.returned[o] != nil)
	case *ast.CallExpr:
		fn := r.calledFunc(x)
		return fn != nil && len(r.recoverFlow.returning[fn]) > 0
	}
	return false
}

// recoveredFlow is where what recover returns goes: the variables
// assigned it, those assigned what a function returned of it, and those
// functions.
type recoveredFlow struct {
	vars      map[types.Object]bool
	returned  map[types.Object]*types.Func
	returning map[*types.Func][]int
}

// refuseNoError refuses %w of a, of type t, whose value may be of held,
// a type that involves one the script declares and is no error: fmt
// writes %!w(T=value) there, naming the type by reflect, which under the
// interpreter spells the interpreter's type of it, not Go's name.
func (r *reporter) refuseNoError(a ast.Expr, t, held types.Type) {
	name := types.TypeString(held, types.RelativeTo(r.pkg))
	if types.Identical(t, held) {
		r.refuse(a.Pos(), "%%w of %s, of type %s, which is no error: fmt writes %%!w(%s=...) there, and under socklab it names the interpreter's type of it, not Go's: print it with %%v, or wrap a value of type error", types.ExprString(a), name, types.TypeString(held, packageName))
		return
	}
	r.refuse(a.Pos(), "%%w of %s, of type %s, which may hold %s, which is no error: fmt writes %%!w(%s=...) there, and under socklab it names the interpreter's type of it, not Go's: print it with %%v, or wrap a value of type error (assert it first: err, ok := %s.(error))", types.ExprString(a), types.TypeString(t, types.RelativeTo(r.pkg)), withArticle(name), types.TypeString(held, packageName), types.ExprString(a))
}

// packageName qualifies a type by its package's name, as reflect does.
func packageName(p *types.Package) string { return p.Name() }
