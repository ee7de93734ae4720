package refuse

import (
	"go/ast"
	"go/types"

	"github.com/socklab/socklab/runner/rewrite"
)

// jsonFuncValues refuses encoding/json's encoding and decoding functions
// taken as values (marshal := json.Marshal, send := enc.Encode,
// (*json.Decoder).Decode) in a package that declares a type with its own
// MarshalJSON, MarshalText, UnmarshalJSON or UnmarshalText, where
// runner/rewrite does not lift them (see rewrite.JSONValueLifted): the
// value is called with an interface, in which the interpreter hands lift
// some of the package's values without those methods (a []Level, a value
// converted with any(l)), or it decodes where the package declares a type
// with UnmarshalJSON or UnmarshalText, which lift finds by static types
// alone; a call through the value would have gone to encoding/json as it
// was ({"Level":1} where Go calls Level's MarshalJSON and writes
// {"Level":"high"}).
func jsonFuncValues(r *reporter) {
	if !rewrite.DeclaresJSONMethods(r.pkg) {
		return
	}
	r.inspect(func(n ast.Node, stack []ast.Node) bool {
		sel, ok := n.(*ast.SelectorExpr)
		if !ok || !rewrite.JSONCodingFunc(r.info, sel) || !rewrite.TakenAsValue(sel, stack) || rewrite.JSONValueLifted(r.pkg, r.info, r.files, sel) {
			return true
		}
		switch sel.Sel.Name {
		case "Unmarshal", "Decode":
			r.refuse(sel.Pos(), "%s taken as a value: socklab lets encoding/json call the script's own UnmarshalJSON and UnmarshalText methods only in a call written as one, where it knows the target's type, and the interpreter would hand the decoder the target without them: call %s directly", types.ExprString(sel), sel.Sel.Name)
		default:
			r.refuse(sel.Pos(), "%s taken as a value: socklab makes it a function of an any, and this package puts a value that holds a type with MarshalJSON or MarshalText in an interface where the interpreter keeps it without that type (a function value's argument, any(v), an interface result, a slice or map of such a type, a struct without a name), so encoding/json would not call the method: call %s directly, or hand it a struct that holds the value", types.ExprString(sel), sel.Sel.Name)
		}
		return true
	})
}
