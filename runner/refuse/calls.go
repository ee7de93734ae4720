package refuse

import (
	"go/ast"
	"go/types"
)

// errorsAs refuses errors.As with a target of a type the script declares
// where socklab's errors.As (see runner/lift) cannot find it: a target that
// is not a pointer, whose value the interpreter does not keep whole in an
// error, and a type that another the script declares has the same
// underlying type as, since the interpreter makes one type of both.
func errorsAs(r *reporter) {
	r.inspect(func(n ast.Node, _ []ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok || r.calleeName(call) != "errors.As" || len(call.Args) != 2 {
			return true
		}
		t := r.typeOf(call.Args[1])
		p, ok := t.(*types.Pointer)
		if !ok {
			return true
		}
		target := p.Elem()
		tp, isPtr := target.(*types.Pointer)
		if isPtr {
			target = tp.Elem()
		}
		if !r.declared(target) {
			return true
		}
		if !isPtr {
			name := types.TypeString(target, types.RelativeTo(r.pkg))
			r.refuse(call.Pos(), "errors.As does not find an error of type %s (not a pointer) in the interpreter: give %s's Error method a pointer receiver, return &%s{...}, and use a *%s target", name, name, name, name)
			return true
		}
		if other := r.lookalike(target); other != nil {
			r.refuse(call.Pos(), "errors.As cannot tell %s from %s in the interpreter, which makes one type of both (the same underlying type): give one of them a field of its own, or compare with a sentinel error using errors.Is",
				types.TypeString(target, types.RelativeTo(r.pkg)), types.TypeString(other, types.RelativeTo(r.pkg)))
		}
		return true
	})
}

// lookalike returns another type the script declares with the same
// underlying type as t, or nil.
func (r *reporter) lookalike(t types.Type) types.Type {
	scope := r.pkg.Scope()
	for _, name := range scope.Names() {
		tn, ok := scope.Lookup(name).(*types.TypeName)
		if !ok || tn.IsAlias() || types.Identical(tn.Type(), t) {
			continue
		}
		if types.Identical(tn.Type().Underlying(), t.Underlying()) {
			return tn.Type()
		}
	}
	return nil
}

// rpcRegister refuses registering a type the script declares with net/rpc,
// which cannot see the methods of interpreted types.
func rpcRegister(r *reporter) {
	r.inspect(func(n ast.Node, _ []ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok {
			return true
		}
		name := r.calleeName(call)
		if name != "net/rpc.Register" && name != "net/rpc.RegisterName" {
			sel, ok := call.Fun.(*ast.SelectorExpr)
			if !ok || (sel.Sel.Name != "Register" && sel.Sel.Name != "RegisterName") || len(call.Args) == 0 {
				return true
			}
			if t := r.typeOf(sel.X); t == nil || !isNamed(t, "net/rpc", "Server") {
				return true
			}
		}
		r.refuse(call.Pos(), "net/rpc cannot see the methods of a type the script declares when the interpreter runs it: serve the requests yourself, for example as JSON lines over a net.Conn")
		return true
	})
}

// encodingCalls are the functions and methods that encode or decode a
// value by reflection, with the argument that holds the value.
var encodingCalls = map[string]int{
	"encoding/json.Marshal": 0, "encoding/json.MarshalIndent": 0, "encoding/json.Unmarshal": 1,
	"encoding/xml.Marshal": 0, "encoding/xml.MarshalIndent": 0, "encoding/xml.Unmarshal": 1,
}

// decoders are methods that decode into a value; encoders, that encode one.
var decoders = map[string]bool{"Decode": true}
var encoders = map[string]bool{"Encode": true}

// encodings refuses encoding/json and encoding/xml with a struct type the
// script declares where the interpreter shows them a different type: they
// see its unexported fields (under a name beginning with X), and their
// errors name no struct type.
func encodings(r *reporter) {
	r.inspect(func(n ast.Node, _ []ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok || len(call.Args) == 0 {
			return true
		}
		name := r.calleeName(call)
		arg, known := encodingCalls[name]
		decoding := name == "encoding/json.Unmarshal" || name == "encoding/xml.Unmarshal"
		if !known {
			sel, ok := call.Fun.(*ast.SelectorExpr)
			if !ok || len(call.Args) != 1 || !(decoders[sel.Sel.Name] || encoders[sel.Sel.Name]) {
				return true
			}
			t := r.typeOf(sel.X)
			if t == nil || !(isNamed(t, "encoding/json", "Encoder") || isNamed(t, "encoding/json", "Decoder") ||
				isNamed(t, "encoding/xml", "Encoder") || isNamed(t, "encoding/xml", "Decoder")) {
				return true
			}
			arg, decoding = 0, decoders[sel.Sel.Name]
		}
		if arg >= len(call.Args) {
			return true
		}
		t := r.typeOf(call.Args[arg])
		if t == nil {
			return true
		}
		if !known {
			if m := r.marshalMethod(t); m != "" {
				r.refuse(call.Args[arg].Pos(), "the interpreter does not let the encoder or decoder call the %s method of a type the script declares: call json.Marshal or json.Unmarshal, which do, and write or read the bytes yourself", m)
				return true
			}
		}
		if f := unexportedField(r, t); f != "" {
			r.refuse(call.Args[arg].Pos(), "the interpreter shows the unexported field %s to the encoder as an exported one: move it out of the struct you encode, or export it with a tag `json:\"-\"`", f)
			return true
		}
		if decoding && involves(t, func(t types.Type) bool { _, ok := t.Underlying().(*types.Struct); return ok && r.declared(t) }) {
			r.refuse(call.Args[arg].Pos(), "the interpreter's decoding errors do not name a struct type the script declares (Go struct field .name, where Go writes Person.name): decode into a map[string]any and read its fields")
		}
		return true
	})
}

// unexportedField returns the name of an unexported field of a struct type
// the script declares that t involves, or "".
func unexportedField(r *reporter, t types.Type) string {
	name := ""
	involves(t, func(t types.Type) bool {
		if !r.declared(t) {
			return false
		}
		s, ok := t.Underlying().(*types.Struct)
		if !ok {
			return false
		}
		for i := range s.NumFields() {
			if f := s.Field(i); !f.Exported() && !f.Embedded() {
				name = f.Name()
				return true
			}
		}
		return false
	})
	return name
}

// variadicChannels refuses a call of a variadic function of the script
// that passes the result of a call as a channel in its variadic part: the
// interpreter hands the function nil channels ("merge(producer(a),
// producer(b))").
func variadicChannels(r *reporter) {
	r.inspect(func(n ast.Node, _ []ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok || call.Ellipsis.IsValid() {
			return true
		}
		sig, ok := types.Unalias(r.typeOf(call.Fun)).(*types.Signature)
		if !ok || !sig.Variadic() || r.calleeName(call) != "" {
			return true
		}
		last := sig.Params().Len() - 1
		elem := sig.Params().At(last).Type().(*types.Slice).Elem()
		if _, isChan := elem.Underlying().(*types.Chan); !isChan {
			return true
		}
		for _, a := range call.Args[min(last, len(call.Args)):] {
			if _, isCall := a.(*ast.CallExpr); isCall {
				r.refuse(a.Pos(), "the interpreter passes nil for a channel that a call returns among the variadic arguments: assign it to a variable first (c := %s) and pass the variable", types.ExprString(a))
			}
		}
		return true
	})
}

// unwrapChains refuses errors.Is, errors.As and errors.Unwrap where the
// script declares an error type with an Unwrap method: the interpreter
// hands compiled code its errors with the Error method only, so the chain
// ends there, where Go goes on to the error it wraps.
func unwrapChains(r *reporter) {
	var wrapper types.Type
	scope := r.pkg.Scope()
	for _, name := range scope.Names() {
		if tn, ok := scope.Lookup(name).(*types.TypeName); ok && !tn.IsAlias() && hasMethod(tn.Type(), "Unwrap") && hasMethod(tn.Type(), "Error") {
			wrapper = tn.Type()
			break
		}
	}
	if wrapper == nil {
		return
	}
	r.inspect(func(n ast.Node, _ []ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok {
			return true
		}
		switch name := r.calleeName(call); name {
		case "errors.Is", "errors.As", "errors.Unwrap":
			r.refuse(call.Pos(), "%s does not see the Unwrap method of %s in the interpreter, so it stops at that error where Go goes on to the one it wraps: test the wrapped error yourself (e.Err), or wrap with fmt.Errorf(\"...: %%w\", err)", name, types.TypeString(wrapper, types.RelativeTo(r.pkg)))
		}
		return true
	})
}

// marshalMethod returns the name of a method of a type the script declares
// that t involves through which encoding/json or encoding/xml would encode
// or decode it, or "".
func (r *reporter) marshalMethod(t types.Type) string {
	found := ""
	involves(t, func(t types.Type) bool {
		if !r.declared(t) {
			return false
		}
		for _, m := range []string{"MarshalJSON", "UnmarshalJSON", "MarshalText", "UnmarshalText", "MarshalXML", "UnmarshalXML"} {
			if hasMethod(t, m) {
				found = m
				return true
			}
		}
		return false
	})
	return found
}

// errorsJoin refuses errors.Join of single errors where the script
// declares an error type whose Error method has a value receiver: the
// interpreter cannot hand such a value to errors.Join from a variable of
// type error (reflect: cannot use struct as type error).
func errorsJoin(r *reporter) {
	var valueErr types.Type
	scope := r.pkg.Scope()
	for _, name := range scope.Names() {
		tn, ok := scope.Lookup(name).(*types.TypeName)
		if !ok || tn.IsAlias() || types.IsInterface(tn.Type()) {
			continue
		}
		ms := types.NewMethodSet(tn.Type())
		for i := range ms.Len() {
			if ms.At(i).Obj().Name() == "Error" {
				valueErr = tn.Type()
			}
		}
	}
	if valueErr == nil {
		return
	}
	r.inspect(func(n ast.Node, _ []ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok || r.calleeName(call) != "errors.Join" || call.Ellipsis.IsValid() || len(call.Args) == 0 {
			return true
		}
		name := types.TypeString(valueErr, types.RelativeTo(r.pkg))
		r.refuse(call.Pos(), "errors.Join cannot take an error of type %s (a value, not a pointer) in the interpreter: give %s's Error method a pointer receiver and use &%s{...}", name, name, name)
		return true
	})
}

// unavailable are generic functions of the standard library whose source
// the interpreter cannot yet compile (undefined type for E), with what to
// write instead.
var unavailable = map[string]string{
	"slices.Equal":   "compare the lengths, then the elements in a loop",
	"slices.Compare": "compare the elements in a loop",
}

// unavailableGenerics refuses calls of the functions in unavailable.
func unavailableGenerics(r *reporter) {
	r.inspect(func(n ast.Node, _ []ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok {
			return true
		}
		if instead, ok := unavailable[r.calleeName(call)]; ok {
			r.refuse(call.Pos(), "%s is not yet available to scripts (the interpreter cannot compile its generic source): %s", r.calleeName(call), instead)
		}
		return true
	})
}
