package rewrite

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"strconv"
	"strings"

	"github.com/socklab/socklab/runner/lift"
)

// Go 1.21 added the builtins min, max and clear; the interpreter lacks
// them. A call whose value is a constant becomes that constant; any other
// call calls a function of the call's own type, declared after the file's
// last line (or, for a type the file's top level cannot name, written in
// place as a function literal). Floating-point min and max follow Go: a
// NaN wins, and -0 is less than +0.

func minMaxClear(p *Package, f *ast.File, e *Editor) {
	helpers := map[string]string{} // function text -> its name
	ast.Inspect(f, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok {
			return true
		}
		builtin := builtinName(p.Info, call)
		if builtin != "min" && builtin != "max" && builtin != "clear" {
			return true
		}
		id := ast.Unparen(call.Fun) // the builtin's name
		if tv := p.Info.Types[call]; tv.Value != nil {
			lit, ok := constantText(p, f, tv)
			if !ok {
				e.Refuse(call.Pos(), "%s of constants of a type this file cannot name: write the value", builtin)
				return false
			}
			e.Replace(call.Pos(), call.End(), lit)
			return false
		}
		var t types.Type
		if builtin == "clear" {
			t = p.Info.TypeOf(call.Args[0])
		} else {
			t = p.Info.TypeOf(call)
		}
		name, atFile := typeName(p, f, t, true)
		if !atFile {
			if name, ok = typeName(p, f, t, false); !ok {
				e.Refuse(call.Pos(), "%s of a type this file cannot name: write it out", builtin)
				return true
			}
		}
		body := builtinBody(builtin, name, t)
		if m, ok := t.Underlying().(*types.Map); ok && builtin == "clear" && mayHoldNaN(m.Key(), nil) {
			// delete never finds a NaN key: reflect's Clear of the map,
			// as its unnamed type (no wrapper of the interpreter's), does.
			arg := "m"
			if u, ok := typeName(p, f, m, false); ok {
				arg = u + "(m)"
			}
			body = strings.Replace(body, "} }", "}; if len(m) != 0 { "+e.Import(lift.Package)+".ClearMap("+arg+") } }", 1)
		}
		if !atFile && builtin != "clear" && hasTypeParam(t) {
			if p.typedBuiltins == nil {
				p.typedBuiltins = map[token.Pos]typedBuiltin{}
			}
			p.typedBuiltins[id.Pos()] = typedBuiltin{builtin, t}
		}
		if !atFile {
			e.Replace(id.Pos(), id.End(), "func"+body)
			return true
		}
		fn, ok := helpers[body]
		if !ok {
			fn = e.Name(builtin)
			helpers[body] = fn
			e.Append("func " + fn + body)
		}
		e.Replace(id.Pos(), id.End(), fn)
		return true
	})
}

// builtinBody returns the signature and body of a function that does what
// the builtin does for arguments of type t (spelled name).
func builtinBody(builtin, name string, t types.Type) string {
	if builtin == "clear" {
		if _, isMap := t.Underlying().(*types.Map); isMap {
			return fmt.Sprintf("(m %s) { for k := range m { delete(m, k) } }", name)
		}
		return fmt.Sprintf("(s %[1]s) { z := make(%[1]s, 1); for i := range s { s[i] = z[0] } }", name)
	}
	less := "<"
	sign := "1/y < 0"
	if builtin == "max" {
		less, sign = ">", "1/y > 0"
	}
	if b, ok := t.Underlying().(*types.Basic); ok && b.Info()&types.IsFloat != 0 {
		// The interpreter hands a declared function a float argument
		// that is -0 as +0 (it skips copying a value that
		// reflect.Value.IsZero calls zero), but keeps it in a variadic
		// argument's slice: every operand comes in ys.
		return fmt.Sprintf("(ys ...%[1]s) %[1]s { x := ys[0]; for _, y := range ys[1:] { switch { case x != x: case y != y: x = y; case y %[2]s x: x = y; case y == 0 && x == 0 && %[3]s: x = y } }; return x }", name, less, sign)
	}
	return fmt.Sprintf("(x %[1]s, ys ...%[1]s) %[1]s { for _, y := range ys { if y %[2]s x { x = y } }; return x }", name, less)
}

// constantText spells a constant value as source of its type.
func constantText(p *Package, f *ast.File, tv types.TypeAndValue) (string, bool) {
	v := tv.Value
	var lit string
	switch v.Kind() {
	case constant.String:
		lit = strconv.Quote(constant.StringVal(v))
	case constant.Float:
		x, _ := constant.Float64Val(v)
		lit = strconv.FormatFloat(x, 'g', -1, 64)
		if !strings.ContainsAny(lit, ".eE") {
			lit += ".0"
		}
	case constant.Int:
		lit = v.ExactString()
		if b, ok := tv.Type.(*types.Basic); ok && b.Kind() == types.UntypedFloat {
			// max(3, 7.5, 'a') is the untyped float constant 97,
			// which go/constant holds as an integer.
			x, _ := constant.Float64Val(constant.ToFloat(v))
			lit = strconv.FormatFloat(x, 'g', -1, 64)
			if !strings.ContainsAny(lit, ".eE") {
				lit += ".0"
			}
			break
		}
		if b, ok := tv.Type.(*types.Basic); ok && b.Kind() == types.UntypedRune {
			if r, exact := constant.Int64Val(v); exact {
				lit = strconv.QuoteRune(rune(r))
			}
		}
	default:
		lit = v.ExactString()
	}
	if isUntyped(tv.Type) {
		return "(" + lit + ")", true
	}
	name, ok := typeName(p, f, tv.Type, false)
	return name + "(" + lit + ")", ok
}

// mayHoldNaN reports whether a value of type t may hold a NaN, which is
// equal to nothing, not even itself: a float, a complex, an interface, or
// an array or struct of one.
func mayHoldNaN(t types.Type, seen map[types.Type]bool) bool {
	switch u := t.Underlying().(type) {
	case *types.Basic:
		return u.Info()&(types.IsFloat|types.IsComplex) != 0
	case *types.Interface:
		return true
	case *types.Array:
		return mayHoldNaN(u.Elem(), seen)
	case *types.Struct:
		if seen[t] {
			return false
		}
		if seen == nil {
			seen = map[types.Type]bool{}
		}
		seen[t] = true
		for i := range u.NumFields() {
			if mayHoldNaN(u.Field(i).Type(), seen) {
				return true
			}
		}
	}
	return false
}

// A typedBuiltin is a call of min or max of a type that involves a type
// parameter, written as a function literal in a generic function, whose
// copies write it again for an instance of a floating-point type, where
// a NaN wins and -0 is less than +0 (min(m, x) of a MinOf[float64]).
type typedBuiltin struct {
	builtin string
	t       types.Type
}
