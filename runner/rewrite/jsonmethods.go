package rewrite

import (
	"fmt"
	"go/ast"
	"go/types"
	"reflect"
	"strings"

	"github.com/socklab/socklab/runner/lift"
)

// The interpreter's values carry no methods to encoding/json: the encoder
// never calls the MarshalJSON or MarshalText of a type the script declares
// in a field, an element or a map, and calls the one of the value that
// json.Marshal gets whatever its receiver (see lift.JSONMarshal). The
// encoding pass hands an encoding whose value's static type holds such a
// type, and which JSONMethodsLifted accepts, to lift, with a description
// of that type in which each such type carries the script's functions
// that call its methods:
//
//	json.Marshal(s)            =>  lift.JSONMarshal(s, _slT1)
//	json.MarshalIndent(s, p, i) => lift.JSONMarshalIndent(s, p, i, _slT1)
//	enc.Encode(s)              =>  lift.JSONEncode(enc, s, _slT1)
//
//	var _slJM1 = lift.JSONMethods(_slT2, func(v Level) ([]byte, error) { return v.MarshalJSON() }, nil)
//
// runner/refuse refuses the rest (see JSONMethodsLifted).

// jsonMarshalMethods are the methods by which encoding/json encodes a
// value of a type that has them.
var jsonMarshalMethods = []string{"MarshalJSON", "MarshalText"}

// encodeMethods hands call, which encodes a, to lift where a's static type
// holds a type the package declares with MarshalJSON or MarshalText and
// JSONMethodsLifted accepts it; it reports whether it did (or refused).
func (s *shower) encodeMethods(call *ast.CallExpr, a ast.Expr) bool {
	t := s.p.Info.TypeOf(a)
	sel, ok := call.Fun.(*ast.SelectorExpr)
	if t == nil || !ok || !JSONMethodsLifted(s.p.Types, s.p.Info, s.p.Files, t) {
		return false
	}
	tab := "nil"
	if holdsInterface(t) {
		name, ok := s.jsonTable(a, "encode")
		if !ok {
			return true // refused
		}
		if tab, ok = s.methodsTable(name); !ok {
			s.e.Refuse(a.Pos(), "socklab cannot encode a value of an interface type as Go does in a script that declares a type with MarshalJSON or MarshalText it cannot name: declare the type at the top level of the file")
			return true
		}
	}
	desc, ok := s.desc(t)
	if !ok {
		s.e.Refuse(a.Pos(), "socklab cannot encode a value of %s as Go does here: it holds a type declared inside a function, whose MarshalJSON or MarshalText socklab cannot call: declare the type at the top level of the file", types.TypeString(t, types.RelativeTo(s.p.Types)))
		return true
	}
	if !s.declareMethods(t) {
		s.e.Refuse(a.Pos(), "socklab cannot encode a value of %s as Go does here: it holds a type declared inside a function, whose MarshalJSON or MarshalText socklab cannot call: declare the type at the top level of the file", types.TypeString(t, types.RelativeTo(s.p.Types)))
		return true
	}
	pkg := s.e.Import(lift.Package)
	if jsonFunc(s.p.Info, sel) {
		s.e.Replace(sel.Pos(), sel.End(), pkg+".JSON"+sel.Sel.Name)
	} else {
		s.e.Insert(call.Pos(), pkg+".JSONEncode(")
		s.e.Replace(sel.X.End(), call.Lparen+1, ", ")
	}
	s.e.Insert(call.Rparen, ", "+desc+", "+tab)
	return true
}

// methodsTable returns the name of the file's table of the package's
// types with MarshalJSON or MarshalText, for lift.JSONMarshal to find
// them in interfaces: tab, the file's table of struct types
// (jsonTable), to which a declaration after it adds them the first time,
// and the struct types that hold one (marshalHolders).
func (s *shower) methodsTable(tab string) (string, bool) {
	if tab == "" {
		return "", false
	}
	if _, done := s.descs["methods table"]; done {
		return tab, true
	}
	var descs []string
	scope := s.p.Types.Scope()
	for _, name := range scope.Names() {
		tn, ok := scope.Lookup(name).(*types.TypeName)
		if !ok || tn.IsAlias() || types.IsInterface(tn.Type()) || firstMethod(tn.Type(), jsonMarshalMethods...) == "" {
			continue
		}
		d, ok := s.desc(tn.Type())
		if !ok || !s.declareMethods(tn.Type()) {
			return "", false
		}
		descs = append(descs, d)
	}
	var zeros, holders []string
	for _, n := range marshalHolders(s.p.Types, s.p.Info) {
		tn, named := typeName(s.p, s.f, n, true)
		d, ok := s.desc(n)
		if !named || !ok || !s.declareMethods(n) {
			return "", false
		}
		zeros, holders = append(zeros, "[]"+tn+"(nil)"), append(holders, d)
	}
	s.descs["methods table"] = tab
	pkg := s.e.Import(lift.Package)
	s.e.Append(fmt.Sprintf("var %s = %s.JSONTableMethods(%s, %s)", s.e.Name("slJT"), pkg, tab, strings.Join(descs, ", ")))
	if len(holders) > 0 {
		s.e.Append(fmt.Sprintf("var %s = %s.JSONTableHolders(%s, []any{%s}, %s)", s.e.Name("slJH"), pkg, tab, strings.Join(zeros, ", "), strings.Join(holders, ", ")))
	}
	return tab, true
}

// declareMethods declares, once per type and file, the script's functions
// that call the MarshalJSON and MarshalText methods of each type in t
// that has them, for lift.JSONMethods; false where it cannot name one.
func (s *shower) declareMethods(t types.Type) bool {
	ok := true
	Involves(t, func(u types.Type) bool {
		if !s.declared(u) || firstMethod(u, jsonMarshalMethods...) == "" {
			return false
		}
		key := "methods " + types.TypeString(u, nil)
		if _, done := s.descs[key]; done {
			return false
		}
		desc, good := s.desc(u)
		tn, named := typeName(s.p, s.f, u, true)
		if !good || !named {
			ok = false
			return true
		}
		fns := make([]string, len(jsonMarshalMethods))
		for i, m := range jsonMarshalMethods {
			switch {
			case inMethodSet(u, m):
				fns[i] = fmt.Sprintf("func(v %s) ([]byte, error) { return v.%s() }", tn, m)
			case inMethodSet(types.NewPointer(u), m):
				fns[i] = fmt.Sprintf("func(v *%s) ([]byte, error) { return v.%s() }", tn, m)
			default:
				fns[i] = "nil"
			}
		}
		name := s.e.Name("slJM")
		s.descs[key] = name
		s.e.Declare(fmt.Sprintf("var %s = %s.JSONMethods(%s, %s)", name, s.e.Import(lift.Package), desc, strings.Join(fns, ", ")))
		return false
	})
	return ok
}

// JSONMethodsLifted reports whether lift.JSONMarshal encodes a value of t
// as Go does, where t holds a type that pkg declares with MarshalJSON or
// MarshalText (of the method's own signature): t holds no interface
// (whose values the interpreter keeps without their methods), no type of
// another package with such a method that holds one of pkg's, no struct
// that embeds a type with such a method (which Go promotes, or flattens),
// and no field of such a type tagged with the option string.
func JSONMethodsLifted(pkg *types.Package, info *types.Info, files []*ast.File, t types.Type) bool {
	found, bad, anyFound := marshalWalk(pkg, t)
	if anyFound && !bad {
		found, bad = marshalersInAny(pkg, info, files)
	}
	return found && !bad
}

// marshalWalk walks t for JSONMethodsLifted: whether it holds a type that
// pkg declares with MarshalJSON or MarshalText, whether it holds what
// lift.JSONMarshal cannot encode by its static type, and whether it holds
// an interface (whose values lift finds by their runtime types).
func marshalWalk(pkg *types.Package, t types.Type) (found, bad, anyFound bool) {
	seen := map[types.Type]bool{}
	var walk func(u types.Type)
	walk = func(u types.Type) {
		if bad || seen[u] {
			return
		}
		seen[u] = true
		switch x := types.Unalias(u).(type) {
		case *types.TypeParam:
			bad = true
		case *types.Interface:
			anyFound = true
			bad = x.NumMethods() > 0 // the interpreter's wrapper of a value (see runner/refuse, heldInterface)
		case *types.Pointer:
			walk(x.Elem())
		case *types.Slice:
			walk(x.Elem())
		case *types.Array:
			walk(x.Elem())
		case *types.Map:
			walk(x.Key())
			walk(x.Elem())
		case *types.Named:
			if x.Obj().Pkg() != pkg {
				return // compiled code's, whose methods encoding/json sees
			}
			if x.TypeArgs().Len() > 0 || x.Obj().Parent() != pkg.Scope() {
				bad = true // the file's top level names no instance, nor a type declared in a function
				return
			}
			if firstMethod(u, jsonMarshalMethods...) != "" {
				found = true
				bad = !marshalSignatures(u)
			}
			walk(x.Underlying())
		case *types.Struct:
			for i := range x.NumFields() {
				f := x.Field(i)
				ft := f.Type()
				if p, isPtr := types.Unalias(ft).(*types.Pointer); isPtr {
					ft = p.Elem()
				}
				if firstMethod(ft, jsonMarshalMethods...) != "" && (f.Embedded() || stringOption(x.Tag(i))) {
					bad = true
					return
				}
				walk(f.Type())
			}
		}
	}
	walk(t)
	return found, bad, anyFound
}

// marshalersInAny reports whether pkg declares types with MarshalJSON or
// MarshalText that an interface may hold, and whether lift.JSONMarshal
// cannot find one there: it finds them by the name of the type the
// interpreter keeps beside the value, which names package main's by Go's
// name alone; so none may be generic, of a method of another signature,
// or share its name with a type declared in a function, and the package
// may put a value of one in an interface only where the interpreter
// keeps its type beside it (see heldBare).
func marshalersInAny(pkg *types.Package, info *types.Info, files []*ast.File) (found, bad bool) {
	if pkg.Path() != "main" {
		return false, false
	}
	names := map[string]bool{}
	scope := pkg.Scope()
	for _, name := range scope.Names() {
		tn, ok := scope.Lookup(name).(*types.TypeName)
		if !ok || tn.IsAlias() || types.IsInterface(tn.Type()) || firstMethod(tn.Type(), jsonMarshalMethods...) == "" {
			continue
		}
		found = true
		n, _ := tn.Type().(*types.Named)
		if n == nil || n.TypeParams().Len() > 0 || !marshalSignatures(n) || embedsMarshaler(n) {
			return true, true
		}
		names[name] = true
	}
	for _, s := range allScopes(scope) {
		for _, name := range s.Names() {
			if _, isType := s.Lookup(name).(*types.TypeName); isType && names[name] && s != scope {
				return true, true
			}
		}
	}
	if found && (heldBare(pkg, info, files, names) || heldLost(pkg, info, files)) {
		return true, true
	}
	return found, false
}

// heldBare reports whether the package may put a value of one of its
// types named in names (or a pointer to one) in an interface in a form
// that the interpreter keeps as the bare value, without its type: an
// explicit conversion (any(v)), a result of an interface type (return v),
// an argument of an interface parameter of a function value or of Go's
// library but append and the printing functions of fmt and log (a
// function or method of the script's keeps it, but a pointer's or a
// variadic parameter's element: see scriptCallee), or a type argument of a generic
// function or type, and a pointer assigned, declared or sent as one. It
// keeps the type beside a value in an interface in the other forms: a
// composite literal's element (a pointer too), an assignment or a
// declaration, a send on a channel, an element that append adds.
func heldBare(pkg *types.Package, info *types.Info, files []*ast.File, names map[string]bool) bool {
	isMarshaler := func(t types.Type) bool {
		if p, ok := types.Unalias(t).(*types.Pointer); ok {
			t = p.Elem()
		}
		n, ok := types.Unalias(t).(*types.Named)
		return ok && n.Obj().Pkg() == pkg && n.Obj().Parent() == pkg.Scope() && names[n.Obj().Name()]
	}
	flows := func(e ast.Expr, to types.Type) bool {
		t := info.TypeOf(e)
		return t != nil && to != nil && types.IsInterface(to) && isMarshaler(t)
	}
	// A pointer the interpreter keeps bare in the other forms too.
	flowsPtr := func(e ast.Expr, to types.Type) bool {
		_, isPtr := types.Unalias(info.TypeOf(e)).(*types.Pointer)
		return isPtr && flows(e, to)
	}
	for _, inst := range info.Instances {
		for i := range inst.TypeArgs.Len() {
			if Involves(inst.TypeArgs.At(i), isMarshaler) {
				return true
			}
		}
	}
	bare := false
	for _, f := range files {
		var results []*types.Tuple
		var walk func(n ast.Node) bool
		walk = func(n ast.Node) bool {
			if bare {
				return false
			}
			switch x := n.(type) {
			case *ast.FuncDecl, *ast.FuncLit:
				body, res := funcBody(info, x)
				if body == nil {
					return false
				}
				results = append(results, res)
				ast.Inspect(body, walk)
				results = results[:len(results)-1]
				return false
			case *ast.AssignStmt:
				if len(x.Lhs) == len(x.Rhs) {
					for i, r := range x.Rhs {
						if flowsPtr(r, info.TypeOf(x.Lhs[i])) {
							bare = true
						}
					}
				}
			case *ast.ValueSpec:
				if x.Type != nil && len(x.Values) == len(x.Names) {
					for _, v := range x.Values {
						if flowsPtr(v, info.TypeOf(x.Type)) {
							bare = true
						}
					}
				}
			case *ast.SendStmt:
				if ch, ok := types.Unalias(info.TypeOf(x.Chan)).Underlying().(*types.Chan); ok && flowsPtr(x.Value, ch.Elem()) {
					bare = true
				}
			case *ast.ReturnStmt:
				if len(results) > 0 && results[len(results)-1] != nil {
					res := results[len(results)-1]
					for i, r := range x.Results {
						if len(x.Results) == res.Len() && flows(r, res.At(i).Type()) {
							bare = true
						}
					}
				}
			case *ast.CallExpr:
				if tv, ok := info.Types[x.Fun]; ok && tv.IsType() {
					if len(x.Args) == 1 && flows(x.Args[0], tv.Type) {
						bare = true
					}
					return true
				}
				if id, ok := ast.Unparen(x.Fun).(*ast.Ident); ok {
					if _, isBuiltin := info.Uses[id].(*types.Builtin); isBuiltin {
						return true // append keeps the type
					}
				}
				if keepsNothing(info, x) {
					return true
				}
				sig, ok := types.Unalias(info.TypeOf(x.Fun)).(*types.Signature)
				if !ok {
					return true
				}
				kept := scriptCallee(pkg, info, x.Fun)
				for i, a := range x.Args {
					var pt types.Type
					elem := false
					switch {
					case sig.Variadic() && i >= sig.Params().Len()-1:
						pt = sig.Params().At(sig.Params().Len() - 1).Type()
						if !x.Ellipsis.IsValid() {
							if sl, ok := pt.(*types.Slice); ok {
								pt, elem = sl.Elem(), true
							}
						}
					case i < sig.Params().Len():
						pt = sig.Params().At(i).Type()
					}
					if kept && !elem && flowsPtr(a, pt) || (!kept || elem) && flows(a, pt) {
						bare = true
					}
				}
			}
			return true
		}
		ast.Inspect(f, walk)
	}
	return bare
}

// scriptCallee reports whether fun, the function of a call, is one whose
// parameter of an interface type keeps the type of a value (but a
// pointer's, or a variadic parameter's element) beside it: a function
// literal, or a function or a method (not of an interface) that pkg
// declares. A function value gets the value bare, converted explicitly
// by pass valueargs.
func scriptCallee(pkg *types.Package, info *types.Info, fun ast.Expr) bool {
	switch x := ast.Unparen(fun).(type) {
	case *ast.FuncLit:
		return true
	case *ast.Ident:
		fn, ok := info.Uses[x].(*types.Func)
		return ok && fn.Pkg() == pkg
	case *ast.SelectorExpr:
		if sl := info.Selections[x]; sl != nil {
			return sl.Kind() == types.MethodVal && sl.Obj().Pkg() == pkg && !types.IsInterface(sl.Recv())
		}
		fn, ok := info.Uses[x.Sel].(*types.Func)
		return ok && fn.Pkg() == pkg
	}
	return false
}

// keepsNothing reports whether call is one of fmt's or log's printing
// functions or methods, or an encoding call of encoding/json, which do
// not keep what they are handed.
func keepsNothing(info *types.Info, call *ast.CallExpr) bool {
	sel, ok := call.Fun.(*ast.SelectorExpr)
	if !ok {
		return false
	}
	if JSONCall(info, call) != "" {
		return true
	}
	var path string
	if pn := pkgOf(info, sel); pn != nil {
		path = pn.Imported().Path()
	} else if sl := info.Selections[sel]; sl != nil && sl.Obj().Pkg() != nil {
		path = sl.Obj().Pkg().Path()
	}
	name := sel.Sel.Name
	switch path {
	case "fmt":
		return strings.Contains(name, "print") || strings.Contains(name, "Print") || name == "Errorf"
	case "log":
		return strings.Contains(name, "Print") || strings.Contains(name, "Fatal") || strings.Contains(name, "Panic")
	}
	return false
}

// embedsMarshaler reports whether n, a struct type, embeds a type with
// MarshalJSON or MarshalText (promoted, or flattened by Go's encoder).
func embedsMarshaler(n *types.Named) bool {
	st, ok := n.Underlying().(*types.Struct)
	if !ok {
		return false
	}
	for i := range st.NumFields() {
		f := st.Field(i)
		ft := f.Type()
		if p, isPtr := types.Unalias(ft).(*types.Pointer); isPtr {
			ft = p.Elem()
		}
		if f.Embedded() && firstMethod(ft, jsonMarshalMethods...) != "" {
			return true
		}
	}
	return false
}

// allScopes returns s and the scopes inside it.
func allScopes(s *types.Scope) []*types.Scope {
	out := []*types.Scope{s}
	for i := range s.NumChildren() {
		out = append(out, allScopes(s.Child(i))...)
	}
	return out
}

// marshalSignatures reports whether t's MarshalJSON and MarshalText, where
// it has them, have the signature of encoding/json's interfaces, and are
// its own (not promoted from an embedded field).
func marshalSignatures(t types.Type) bool {
	for _, m := range jsonMarshalMethods {
		obj, index, _ := types.LookupFieldOrMethod(types.NewPointer(t), false, nil, m)
		fn, ok := obj.(*types.Func)
		if obj == nil {
			continue
		}
		if !ok || len(index) != 1 {
			return false
		}
		sig := fn.Type().(*types.Signature)
		if sig.Params().Len() != 0 || sig.Results().Len() != 2 || sig.Variadic() {
			return false
		}
		b, isSlice := sig.Results().At(0).Type().(*types.Slice)
		if !isSlice || !types.Identical(b.Elem(), types.Typ[types.Byte]) || !types.Identical(sig.Results().At(1).Type(), types.Universe.Lookup("error").Type()) {
			return false
		}
	}
	return true
}

// stringOption reports whether a struct tag's json key has the option
// string.
func stringOption(tag string) bool {
	_, opts, _ := strings.Cut(reflect.StructTag(tag).Get("json"), ",")
	for o := range strings.SplitSeq(opts, ",") {
		if o == "string" {
			return true
		}
	}
	return false
}

// inMethodSet reports whether t's method set has a method named name.
func inMethodSet(t types.Type, name string) bool {
	ms := types.NewMethodSet(t)
	for i := range ms.Len() {
		if ms.At(i).Obj().Name() == name {
			return true
		}
	}
	return false
}

// jsonUnmarshalMethods are the methods by which encoding/json decodes
// into a value of a type that has them (in its pointer's method set).
var jsonUnmarshalMethods = []string{"UnmarshalJSON", "UnmarshalText"}

// jsonStandIns is how many types with each of jsonUnmarshalMethods lift's
// pools hold (see lift.JSONUnmarshalers).
const jsonStandIns = 8

// decodeMethods hands call, which decodes into target (json.Unmarshal, a
// Decoder's Decode), to lift where target's static type holds a type the
// package declares with UnmarshalJSON or UnmarshalText and
// JSONUnmarshalLifted accepts it; it reports whether it did (or refused).
//
//	json.Unmarshal(b, &s)  =>  lift.JSONUnmarshalMethods(b, &s, _slT1)
//	dec.Decode(&s)         =>  lift.JSONDecodeMethods(dec, &s, _slT1)
//
//	var _slJU1 = lift.JSONUnmarshalers(_slT2, func(v *Level, b []byte) error { return v.UnmarshalJSON(b) }, nil)
func (s *shower) decodeMethods(call *ast.CallExpr, target ast.Expr) bool {
	t := s.p.Info.TypeOf(target)
	sel, ok := call.Fun.(*ast.SelectorExpr)
	if t == nil || !ok || !JSONUnmarshalLifted(s.p.Types, t) {
		return false
	}
	for _, m := range jsonUnmarshalMethods {
		if n := s.declaredWith(m); n > jsonStandIns {
			s.e.Refuse(target.Pos(), "socklab calls encoding/json's %s method through a compiled stand-in, of which it has %d for the script's types, and the package declares %d types with it: give fewer types an %s method", m, jsonStandIns, n, m)
			return true
		}
	}
	desc, ok := s.desc(t)
	if !ok || !s.declareUnmarshalers(t) {
		s.e.Refuse(target.Pos(), "socklab cannot decode into a value of %s as Go does here: it holds a type declared inside a function, whose UnmarshalJSON or UnmarshalText socklab cannot call: declare the type at the top level of the file", types.TypeString(t, types.RelativeTo(s.p.Types)))
		return true
	}
	pkg := s.e.Import(lift.Package)
	if jsonFunc(s.p.Info, sel) {
		s.e.Replace(sel.Pos(), sel.End(), pkg+".JSONUnmarshalMethods")
	} else {
		s.e.Insert(call.Pos(), pkg+".JSONDecodeMethods(")
		s.e.Replace(sel.X.End(), call.Lparen+1, ", ")
	}
	s.e.Insert(call.Rparen, ", "+desc)
	return true
}

// declaredWith counts the types the package declares at its top level
// with the method m of their own.
func (s *shower) declaredWith(m string) int {
	n := 0
	scope := s.p.Types.Scope()
	for _, name := range scope.Names() {
		if tn, ok := scope.Lookup(name).(*types.TypeName); ok && !tn.IsAlias() && inMethodSet(types.NewPointer(tn.Type()), m) {
			n++
		}
	}
	return n
}

// declareUnmarshalers declares, once per type and file, the script's
// functions that call the UnmarshalJSON and UnmarshalText methods of each
// type in t that has them, for lift.JSONUnmarshalers; false where it
// cannot name one.
func (s *shower) declareUnmarshalers(t types.Type) bool {
	ok := true
	Involves(t, func(u types.Type) bool {
		if !s.declared(u) || !inMethodSet(types.NewPointer(u), "UnmarshalJSON") && !inMethodSet(types.NewPointer(u), "UnmarshalText") {
			return false
		}
		key := "unmarshalers " + types.TypeString(u, nil)
		if _, done := s.descs[key]; done {
			return false
		}
		desc, good := s.desc(u)
		tn, named := typeName(s.p, s.f, u, true)
		if !good || !named {
			ok = false
			return true
		}
		fns := make([]string, len(jsonUnmarshalMethods))
		for i, m := range jsonUnmarshalMethods {
			fns[i] = "nil"
			if inMethodSet(types.NewPointer(u), m) {
				fns[i] = fmt.Sprintf("func(v *%s, b []byte) error { return v.%s(b) }", tn, m)
			}
		}
		name := s.e.Name("slJU")
		s.descs[key] = name
		s.e.Declare(fmt.Sprintf("var %s = %s.JSONUnmarshalers(%s, %s)", name, s.e.Import(lift.Package), desc, strings.Join(fns, ", ")))
		return false
	})
	return ok
}

// JSONUnmarshalLifted reports whether lift.JSONUnmarshalMethods decodes
// into a target of t as Go does, where t is a pointer and holds a type
// that pkg declares at its top level with UnmarshalJSON or UnmarshalText
// (of the method's own signature): t holds no interface, no struct with
// an embedded field (which the interpreter's types do not embed), no
// field of such a type tagged with the option string, no type that holds
// itself, and no generic type.
func JSONUnmarshalLifted(pkg *types.Package, t types.Type) bool {
	if _, ok := types.Unalias(t).(*types.Pointer); !ok {
		return false
	}
	found, bad := false, false
	onPath := map[types.Type]bool{}
	var walk func(u types.Type)
	walk = func(u types.Type) {
		if bad {
			return
		}
		switch x := types.Unalias(u).(type) {
		case *types.Interface, *types.TypeParam:
			bad = true
		case *types.Pointer:
			walk(x.Elem())
		case *types.Slice:
			walk(x.Elem())
		case *types.Array:
			walk(x.Elem())
		case *types.Map:
			walk(x.Key())
			walk(x.Elem())
		case *types.Named:
			if x.Obj().Pkg() != pkg {
				return // compiled code's, whose methods encoding/json sees
			}
			if x.TypeArgs().Len() > 0 || x.Obj().Parent() != pkg.Scope() || onPath[x] {
				bad = true // the file's top level names no instance, nor a type declared in a function; a type that holds itself has no mirror
				return
			}
			if firstMethod(u, jsonUnmarshalMethods...) != "" {
				found = true
				bad = !unmarshalSignatures(u)
				return // the stand-in decodes it whole
			}
			onPath[x] = true
			walk(x.Underlying())
			delete(onPath, x)
		case *types.Struct:
			for i := range x.NumFields() {
				f := x.Field(i)
				ft := f.Type()
				if p, isPtr := types.Unalias(ft).(*types.Pointer); isPtr {
					ft = p.Elem()
				}
				if f.Embedded() || firstMethod(ft, jsonUnmarshalMethods...) != "" && stringOption(x.Tag(i)) {
					bad = true
					return
				}
				walk(f.Type())
			}
		}
	}
	walk(t)
	return found && !bad
}

// unmarshalSignatures reports whether t's UnmarshalJSON and UnmarshalText,
// where *t has them, have the signature of encoding/json's interfaces,
// and are its own (not promoted from an embedded field).
func unmarshalSignatures(t types.Type) bool {
	for _, m := range jsonUnmarshalMethods {
		obj, index, _ := types.LookupFieldOrMethod(types.NewPointer(t), false, nil, m)
		if obj == nil {
			continue
		}
		fn, ok := obj.(*types.Func)
		if !ok || len(index) != 1 {
			return false
		}
		sig := fn.Type().(*types.Signature)
		if sig.Params().Len() != 1 || sig.Results().Len() != 1 || sig.Variadic() {
			return false
		}
		b, isSlice := sig.Params().At(0).Type().(*types.Slice)
		if !isSlice || !types.Identical(b.Elem(), types.Typ[types.Byte]) || !types.Identical(sig.Results().At(0).Type(), types.Universe.Lookup("error").Type()) {
			return false
		}
	}
	return true
}
