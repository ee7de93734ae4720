package refuse

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"github.com/socklab/socklab/runner/rewrite"
)

// errorsAs refuses errors.As with a target of a type the script declares
// where socklab's errors.As (see runner/lift) cannot find it: a target that
// is not a pointer, whose value the interpreter does not keep whole in an
// error, but where the type's own method of socklab's gives it back (see
// selfError), and a type that another the script declares has the same
// underlying type as, since the interpreter makes one type of both. Go
// 1.26's errors.AsType[E], which the rewrite writes as errors.As into a
// variable of type E (pass library), is refused for the same types E.
// So is errors.As into &x where x's type, not one of the script's, is no
// error nor an interface (a string): Go's errors.As panics there, and
// socklab's, which cannot tell a script's error type by its runtime form,
// returns false.
func errorsAs(r *reporter) {
	r.inspect(func(n ast.Node, _ []ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok {
			return true
		}
		if ix, ok := call.Fun.(*ast.IndexExpr); ok && len(call.Args) == 1 && r.calleeName(&ast.CallExpr{Fun: ix.X}) == "errors.AsType" {
			if t := r.typeOf(ix.Index); t != nil {
				r.asTarget(call, ix.Index, t, true)
			}
			return true
		}
		if r.calleeName(call) != "errors.As" || len(call.Args) != 2 {
			return true
		}
		if p, ok := r.typeOf(call.Args[1]).(*types.Pointer); ok {
			if u, ok := ast.Unparen(call.Args[1]).(*ast.UnaryExpr); ok && u.Op == token.AND && !types.IsInterface(p.Elem()) && !types.Implements(p.Elem(), errorInterface) && !r.involvesDeclared(p.Elem()) {
				// (a nil pointer, socklab's errors.As hands to Go's, which
				// panics as it does under Go)
				r.refuse(call.Args[1].Pos(), "errors.As panics under Go where the error is not nil, since %s is no error (errors: *target must be interface or implement error), and socklab's errors.As returns false there, not knowing the script's types: make the target a variable of a type that implements error (a pointer where Error has a pointer receiver) or of an interface type", r.typeString(p.Elem()))
				return true
			}
			r.asTarget(call, call.Args[1], p.Elem(), false)
		}
		return true
	})
}

// errorInterface is the type error's interface.
var errorInterface = types.Universe.Lookup("error").Type().Underlying().(*types.Interface)

// asTarget refuses call, an errors.As whose target at pos is a pointer to
// target, or with asType an errors.AsType whose type argument at pos is
// target, where socklab's errors.As cannot find an error as target.
func (r *reporter) asTarget(call *ast.CallExpr, pos ast.Expr, target types.Type, asType bool) {
	if tp, ok := types.Unalias(target).(*types.TypeParam); ok {
		// socklab writes a copy of the generic function for each instance
		// (pass generics), whose target is the instance's type.
		for _, t := range r.instanceArgs(tp) {
			r.asTarget(call, pos, t, asType)
		}
		return
	}
	fn, take := "errors.As", func(t string) string { return "var t " + t + "; errors.As(err, &t)" }
	if asType {
		fn, take = "errors.AsType", func(t string) string { return "errors.AsType[" + t + "](err)" }
	}
	if impl := r.errorImplementing(target); impl != nil && !r.netErrorsFound(target) {
		name, iface := r.typeString(impl), r.typeString(target)
		base := strings.TrimPrefix(name, "*")
		r.refuse(pos.Pos(), "%s does not see that an error of type %s the script made is %s in the interpreter, which hands errors.As a wrapper with the methods of error alone: take out the concrete type instead (%s, with %s's methods on *%s) and call the method on it", fn, name, withArticle(iface), take("*"+base), base, base)
		return
	}
	if it, ok := target.Underlying().(*types.Interface); ok && it.NumMethods() > 0 && (r.declared(target) || target == types.Unalias(target).Underlying()) {
		if !asType && r.liftedAssertion(call) {
			return
		}
		iface, concrete := libraryInterface(target)
		instead := "use an interface of Go's library with those methods (" + iface + ")"
		if concrete != "" && asType {
			instead += ", or the concrete type (" + take(concrete) + ")"
		} else if concrete != "" {
			instead += ", or the concrete type (var e " + concrete + ")"
		}
		r.refuse(pos.Pos(), "%s never finds an error of Go's library as %s, an interface the script declares, in the interpreter: %s", fn, r.typeString(target), instead)
		return
	}
	tp, isPtr := target.(*types.Pointer)
	if isPtr {
		target = tp.Elem()
	}
	if !r.declared(target) || r.pooled(target) {
		return
	}
	if !isPtr && !r.selfError(target) {
		name := types.TypeString(target, types.RelativeTo(r.pkg))
		r.refuse(call.Pos(), "%s does not find an error of type %s (not a pointer) in the interpreter: give %s's Error method a pointer receiver, return &%s{...}, and use a *%s target", fn, name, name, name, name)
		return
	}
	if other := r.lookalike(target); other != nil {
		r.refuse(call.Pos(), "%s cannot tell %s from %s in the interpreter, which makes one type of both (the same underlying type): give one of them a field of its own, or compare with a sentinel error using errors.Is",
			fn, types.TypeString(target, types.RelativeTo(r.pkg)), types.TypeString(other, types.RelativeTo(r.pkg)))
	}
}

// selfError reports whether t is an error type, by its value's methods,
// declared at the package's top level without type parameters: pass
// errormethods of the rewrite gives it lift.SelfMethod, by which
// lift.ErrorsAs takes the value whole out of the interpreter's wrapper.
func (r *reporter) selfError(t types.Type) bool {
	named, ok := t.(*types.Named)
	if !ok || named.TypeParams().Len() > 0 || named.Obj().Parent() != r.pkg.Scope() {
		return false
	}
	return types.Implements(t, types.Universe.Lookup("error").Type().Underlying().(*types.Interface))
}

// errorImplementing returns a type the script declares (or a pointer to
// it) that is an error and implements t, an interface other than error
// and any, which errors.As cannot find it as; nil if there is none.
func (r *reporter) errorImplementing(t types.Type) types.Type {
	it, ok := t.Underlying().(*types.Interface)
	if !ok || it.NumMethods() == 0 || types.Identical(t, types.Universe.Lookup("error").Type()) {
		return nil
	}
	errT := types.Universe.Lookup("error").Type().Underlying().(*types.Interface)
	var found types.Type
	at := token.NoPos
	for _, obj := range r.info.Defs {
		tn, ok := obj.(*types.TypeName)
		if !ok || tn.IsAlias() || types.IsInterface(tn.Type()) || at.IsValid() && tn.Pos() > at {
			continue
		}
		for _, c := range []types.Type{tn.Type(), types.NewPointer(tn.Type())} {
			if types.Implements(c, it) && types.Implements(c, errT) {
				found, at = c, tn.Pos()
				break
			}
		}
	}
	return found
}

// lookalike returns another type the script declares with the same
// underlying type as t, or nil.
func (r *reporter) lookalike(t types.Type) types.Type {
	if r.pooled(t) || rewrite.Marked(rewrite.MarkedStructs(r.files, r.pkg, r.info), t) {
		return nil // a runtime type of its own (runner/rewrite, passes basicnamed and structmark)
	}
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
	r.inspect(func(n ast.Node, stack []ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok || len(call.Args) == 0 {
			return true
		}
		name := r.calleeName(call)
		arg, known := encodingCalls[name]
		decoding := name == "encoding/json.Unmarshal" || name == "encoding/xml.Unmarshal"
		json := strings.HasPrefix(name, "encoding/json.")
		if !known {
			sel, ok := call.Fun.(*ast.SelectorExpr)
			if ok && len(call.Args) == 2 && (sel.Sel.Name == "EncodeElement" || sel.Sel.Name == "DecodeElement") {
				if rt := r.typeOf(sel.X); rt != nil && (isNamed(rt, "encoding/xml", "Encoder") || isNamed(rt, "encoding/xml", "Decoder")) {
					if t := r.typeOf(call.Args[0]); t != nil {
						xmlCall(r, call.Args[0], t, sel.Sel.Name == "DecodeElement")
					}
				}
				return true
			}
			if !ok || len(call.Args) != 1 || !(decoders[sel.Sel.Name] || encoders[sel.Sel.Name]) {
				return true
			}
			t := r.typeOf(sel.X)
			if t == nil || !(isNamed(t, "encoding/json", "Encoder") || isNamed(t, "encoding/json", "Decoder") ||
				isNamed(t, "encoding/xml", "Encoder") || isNamed(t, "encoding/xml", "Decoder")) {
				return true
			}
			arg, decoding = 0, decoders[sel.Sel.Name]
			json = isNamed(t, "encoding/json", "Encoder") || isNamed(t, "encoding/json", "Decoder")
		}
		if arg >= len(call.Args) {
			return true
		}
		t := r.typeOf(call.Args[arg])
		if t == nil {
			return true
		}
		if !json {
			xmlCall(r, call.Args[arg], t, decoding)
			return true
		}
		if !decoding {
			if s, f, ft := r.omitZeroField(t); f != "" {
				r.refuse(call.Args[arg].Pos(), "encoding/json calls the IsZero method of %s for the field %s of %s, tagged omitzero, and reflect sees no methods of the interpreter's types, so the encoder would omit it only where it is the zero value of %s: drop omitzero, or make the field a pointer tagged omitempty and set it to nil where IsZero() is true", ft, f, s, ft)
				return true
			}
		}
		if !decoding && !errorDiscarded(call, stack) {
			if u, goName := r.jsonUnsupported(t); u != "" {
				r.refuse(call.Args[arg].Pos(), "encoding/json cannot encode %s, and its error (json: unsupported type) names it as the interpreter spells it, where Go names %s: encode a type the encoder takes (a map keyed by a string, a slice of the entries), or leave the field out with a tag `json:\"-\"`", withArticle(u), goName)
				return true
			}
		}
		if !decoding && rewrite.JSONMethodsLifted(r.pkg, r.info, r.files, t) || decoding && rewrite.JSONUnmarshalLifted(r.pkg, t) {
			return true // lifted by the rewrite (runner/rewrite, jsonmethods)
		}
		if !known {
			if m := r.marshalMethod(t, decoding); m != "" {
				r.refuse(call.Args[arg].Pos(), "the interpreter does not let the encoder or decoder call the %s method of a type the script declares: call json.Marshal or json.Unmarshal, which do, and write or read the bytes yourself", m)
				return true
			}
		}
		if known && json && !decoding && (r.refuseMarshalerEncoded(name, call.Args[arg], t) || name == "encoding/json.Marshal" && r.marshalsItself(t)) {
			return true // refused, or encoded by its own MarshalJSON alone
		}
		if known && json && decoding && r.refuseUnmarshalerDecoded(call.Args[arg], t) {
			return true
		}
		if !decoding && !(json && r.encodedOwnInterface(t)) {
			if iface := r.heldInterface(t); iface != "" {
				r.refuse(call.Args[arg].Pos(), "the interpreter hands the encoder a value of %s that holds a type the script declares in a wrapper of its own, whose fields it encodes instead (an error fails, a struct shows as {}): encode a variable or field of the concrete type, or of type any", iface)
				return true
			}
		}
		if decoding && json {
			if e := embeddedStruct(r, t); e != "" {
				r.refuse(call.Args[arg].Pos(), "the interpreter's struct types do not embed %s, so the decoder does not fill the fields it promotes: give the field a name (%s %s)", e, e, e)
				return true
			}
		}
		if json && r.marshalMethod(t, decoding) == "" && (!decoding || simpleTarget(call.Args[arg])) {
			return true // lifted by the rewrite (runner/rewrite, encoding)
		}
		if f := unexportedField(r, t); f != "" && !decoding {
			r.refuse(call.Args[arg].Pos(), "the interpreter shows the unexported field %s to the encoder as an exported one: move it out of the struct you encode, or export it with a tag `json:\"-\"`", f)
			return true
		}
		if decoding && rewrite.Involves(t, func(t types.Type) bool { _, ok := t.Underlying().(*types.Struct); return ok && r.declared(t) }) {
			r.refuse(call.Args[arg].Pos(), "the interpreter's decoding errors do not name a struct type the script declares (Go struct field .name, where Go writes Person.name): decode into a map[string]any and read its fields")
		}
		return true
	})
}

// unexportedField returns the name of an unexported field of a struct type
// the script declares that t involves, or "".
func unexportedField(r *reporter, t types.Type) string {
	name := ""
	rewrite.Involves(t, func(t types.Type) bool {
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

// packageMember reports whether e names a member of an imported package
// (io.EOF).
func (r *reporter) packageMember(e ast.Expr) bool {
	_, pn := r.qualified(ast.Unparen(e))
	return pn != nil
}

// methodNamed returns the method of t or *t with this name, or nil.
func methodNamed(t types.Type, name string) *types.Func {
	obj, _, _ := types.LookupFieldOrMethod(types.NewPointer(t), false, nil, name)
	fn, _ := obj.(*types.Func)
	return fn
}

// embeddedStruct returns the name of a struct type embedded in a struct
// type the script declares that t involves, or "".
func embeddedStruct(r *reporter, t types.Type) string {
	name := ""
	rewrite.Involves(t, func(t types.Type) bool {
		s, ok := t.Underlying().(*types.Struct)
		if !ok || !r.declared(t) {
			return false
		}
		for i := range s.NumFields() {
			f := s.Field(i)
			if _, isStruct := f.Type().Underlying().(*types.Struct); f.Embedded() && isStruct {
				name = f.Name()
				return true
			}
		}
		return false
	})
	return name
}

// simpleTarget reports whether e is a variable, a field of one, or the
// address of either: the rewrite hands such a decoding target to
// lift.JSONError again.
func simpleTarget(e ast.Expr) bool {
	if u, ok := e.(*ast.UnaryExpr); ok && u.Op == token.AND {
		e = u.X
	}
	for {
		switch x := e.(type) {
		case *ast.Ident:
			return true
		case *ast.SelectorExpr:
			e = x.X
		case *ast.ParenExpr:
			e = x.X
		default:
			return false
		}
	}
}

// marshalMethod returns the name of a method of a type the script declares
// that t involves through which encoding/json or encoding/xml would encode
// it (decoding false) or decode it (decoding true), or "".
func (r *reporter) marshalMethod(t types.Type, decoding bool) string {
	found := ""
	methods := []string{"MarshalJSON", "MarshalText", "MarshalXML"}
	if decoding {
		methods = []string{"UnmarshalJSON", "UnmarshalText", "UnmarshalXML"}
	}
	rewrite.Involves(t, func(t types.Type) bool {
		if !r.declared(t) {
			return false
		}
		for _, m := range methods {
			if hasMethod(t, m) {
				found = m
				return true
			}
		}
		return false
	})
	return found
}

// heldInterface returns the name of an interface type with methods that t
// is or is made of, where the script declares a type that implements it
// (its pointer too), or "". The interpreter hands compiled code such a
// value in a wrapper struct of its own, which reflection sees; a value of
// type any it hands over as it is.
func (r *reporter) heldInterface(t types.Type) string {
	name := ""
	rewrite.Involves(t, func(t types.Type) bool {
		iface, ok := t.Underlying().(*types.Interface)
		if !ok || iface.NumMethods() == 0 || name != "" {
			return false
		}
		for _, obj := range r.info.Defs {
			tn, ok := obj.(*types.TypeName)
			if !ok || tn.Pkg() != r.pkg || tn.IsAlias() || types.IsInterface(tn.Type()) {
				continue
			}
			if types.Implements(tn.Type(), iface) || types.Implements(types.NewPointer(tn.Type()), iface) {
				name = types.TypeString(t, types.RelativeTo(r.pkg))
				return true
			}
		}
		return false
	})
	return name
}

// netErrorsFound reports whether target is net.Error and every type the
// script declares that implements it (with its Error method) is declared
// at the top level without type parameters, which lift's errors.As takes
// whole out of the interpreter's wrapper (see selfError):
// the wrapper of such an error has its Timeout and Temporary methods
// (lift's netWrappers), so errors.As finds it as a net.Error as Go does.
func (r *reporter) netErrorsFound(target types.Type) bool {
	if !isNamed(target, "net", "Error") {
		return false
	}
	it := target.Underlying().(*types.Interface)
	for _, obj := range r.info.Defs {
		tn, ok := obj.(*types.TypeName)
		if !ok || tn.IsAlias() || types.IsInterface(tn.Type()) {
			continue
		}
		if !types.Implements(tn.Type(), it) && !types.Implements(types.NewPointer(tn.Type()), it) {
			continue
		}
		named, ok := tn.Type().(*types.Named)
		if !ok || named.TypeParams().Len() > 0 || tn.Parent() != r.pkg.Scope() {
			return false
		}
	}
	return true
}

// instanceArgs returns the types that the package's instances give tp, a
// type parameter of a generic function or of a method's receiver, each
// type parameter among them followed to the types its own instances give
// it in turn.
func (r *reporter) instanceArgs(tp *types.TypeParam) []types.Type {
	var out []types.Type
	seen := map[*types.TypeParam]bool{}
	var follow func(tp *types.TypeParam)
	follow = func(tp *types.TypeParam) {
		if seen[tp] {
			return
		}
		seen[tp] = true
		for id, inst := range r.info.Instances {
			if i := r.paramIndex(id, tp); i >= 0 && i < inst.TypeArgs.Len() {
				arg := inst.TypeArgs.At(i)
				if p, ok := types.Unalias(arg).(*types.TypeParam); ok {
					follow(p)
				} else {
					out = append(out, arg)
				}
			}
		}
	}
	follow(tp)
	return out
}

// paramIndex returns the index of tp among the type parameters of what id
// instantiates, a generic function or type (for a method's receiver type
// parameter, the receiver's type), or -1.
func (r *reporter) paramIndex(id *ast.Ident, tp *types.TypeParam) int {
	var params *types.TypeParamList
	switch obj := r.info.Uses[id].(type) {
	case *types.Func:
		params = obj.Origin().Signature().TypeParams()
	case *types.TypeName:
		n, ok := obj.Type().(*types.Named)
		if !ok {
			return -1
		}
		for i := range n.NumMethods() {
			if recv := n.Method(i).Signature().RecvTypeParams(); recv != nil && tp.Index() < recv.Len() && recv.At(tp.Index()) == tp {
				return tp.Index()
			}
		}
		params = n.TypeParams()
	}
	if params != nil && tp.Index() < params.Len() && params.At(tp.Index()) == tp {
		return tp.Index()
	}
	return -1
}
