package refuse

import (
	"go/ast"
	"go/constant"
	"go/types"

	"github.com/socklab/socklab/runner/rewrite"
)

// wrappedAnys refuses %w of fmt.Errorf whose operand is of an interface
// type without an Error method (an any parameter) that may hold a value
// of a type the script declares with one, other than a type of lift's
// pool: the interpreter hands fmt.Errorf such a value without its Error
// method, so fmt wrote %!w(<nil>) and errors.As found nothing where Go
// wraps the error. What recover returns is left to recoveredValues (pass
// recover gives it its type back).
func wrappedAnys(r *reporter) {
	errType := types.Universe.Lookup("error").Type()
	errIface := errType.Underlying().(*types.Interface)
	var only map[*types.Var]bool
	r.inspect(func(n ast.Node, _ []ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok || len(call.Args) < 2 || call.Ellipsis.IsValid() || r.calleeName(call) != "fmt.Errorf" {
			return true
		}
		tv := r.info.Types[call.Args[0]]
		if tv.Value == nil || tv.Value.Kind() != constant.String {
			return true
		}
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
			if t == nil || !types.IsInterface(t) || types.Implements(t, errIface) {
				continue
			}
			if only == nil {
				only = rewrite.OnlyRecovered(r.info, r.files)
			}
			if rewrite.IsRecovered(r.info, only, a) || r.fromRecover(a) {
				continue
			}
			h := r.held()
			var found types.Type
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
			if found == nil && h.generic {
				found = t
			}
			if found != nil {
				name := types.TypeString(found, types.RelativeTo(r.pkg))
				r.refuse(a.Pos(), "%%w of %s, of type %s, which may hold a %s: the interpreter hands fmt.Errorf such a value without its Error method, so it would write %%!w(<nil>) where Go wraps the error: wrap a value of type error (declare %s an error, or assert it: err, ok := %s.(error))", types.ExprString(a), types.TypeString(t, types.RelativeTo(r.pkg)), name, types.ExprString(a), types.ExprString(a))
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
