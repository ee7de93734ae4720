package refuse

import (
	"go/ast"
	"go/types"
)

// jsonFuncValues refuses encoding/json's encoding and decoding functions
// taken as values (marshal := json.Marshal, send := enc.Encode,
// (*json.Decoder).Decode) in a package that declares a type with its own
// MarshalJSON, MarshalText, UnmarshalJSON or UnmarshalText: runner/rewrite
// hands lift the calls written as calls, where the interpreter would hand
// encoding/json the script's values without those methods, and a call
// through the value went to encoding/json as it was ({"Level":1} where Go
// calls Level's MarshalJSON and writes {"Level":"high"}).
func jsonFuncValues(r *reporter) {
	if !r.declaresJSONMethods() {
		return
	}
	r.inspect(func(n ast.Node, stack []ast.Node) bool {
		sel, ok := n.(*ast.SelectorExpr)
		if !ok || !jsonCodingFunc(r.info, sel) {
			return true
		}
		for i := len(stack) - 1; i >= 0; i-- {
			if p, ok := stack[i].(*ast.ParenExpr); ok && ast.Unparen(p) == sel {
				continue
			}
			if call, ok := stack[i].(*ast.CallExpr); ok && ast.Unparen(call.Fun) == sel {
				return true
			}
			if blankValue(stack[i], sel) {
				return true // var _ = json.Marshal keeps an import, and calls nothing
			}
			break
		}
		r.refuse(sel.Pos(), "%s taken as a value: socklab lets encoding/json call the script's own MarshalJSON, MarshalText, UnmarshalJSON and UnmarshalText methods only in a call written as one, and the interpreter would hand it the values without them: call %s directly", types.ExprString(sel), sel.Sel.Name)
		return true
	})
}

// jsonCodingFunc reports whether sel names json.Marshal, MarshalIndent or
// Unmarshal, or the Encode method of a *json.Encoder or the Decode method
// of a *json.Decoder (a method value or expression).
func jsonCodingFunc(info *types.Info, sel *ast.SelectorExpr) bool {
	var obj types.Object
	if s := info.Selections[sel]; s != nil {
		obj = s.Obj()
	} else {
		obj = info.Uses[sel.Sel]
	}
	fn, ok := obj.(*types.Func)
	if !ok || fn.Pkg() == nil || fn.Pkg().Path() != "encoding/json" {
		return false
	}
	switch fn.Name() {
	case "Marshal", "MarshalIndent", "Unmarshal":
		return fn.Type().(*types.Signature).Recv() == nil
	case "Encode", "Decode":
		return fn.Type().(*types.Signature).Recv() != nil
	}
	return false
}

// declaresJSONMethods reports whether the package declares a type with
// MarshalJSON, MarshalText, UnmarshalJSON or UnmarshalText (on the type or
// its pointer).
func (r *reporter) declaresJSONMethods() bool {
	for _, n := range r.declaredTypes() {
		for _, t := range []types.Type{n, types.NewPointer(n)} {
			ms := types.NewMethodSet(t)
			for _, m := range []string{"MarshalJSON", "MarshalText", "UnmarshalJSON", "UnmarshalText"} {
				if ms.Lookup(n.Obj().Pkg(), m) != nil {
					return true
				}
			}
		}
	}
	return false
}

// blankValue reports whether x is the value that parent, a declaration or
// an assignment, gives the blank identifier.
func blankValue(parent ast.Node, x ast.Expr) bool {
	var lhs []*ast.Ident
	var rhs []ast.Expr
	switch p := parent.(type) {
	case *ast.ValueSpec:
		lhs, rhs = p.Names, p.Values
	case *ast.AssignStmt:
		for _, l := range p.Lhs {
			id, _ := l.(*ast.Ident)
			lhs = append(lhs, id)
		}
		rhs = p.Rhs
	default:
		return false
	}
	for i, v := range rhs {
		if ast.Unparen(v) == x && i < len(lhs) && lhs[i] != nil && lhs[i].Name == "_" {
			return true
		}
	}
	return false
}
