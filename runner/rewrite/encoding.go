package rewrite

import (
	"go/ast"
	"go/types"
	"strings"

	"github.com/socklab/socklab/runner/lift"
)

// The interpreter's struct types make a script's unexported fields
// exported (Xname), so encoding/json encodes them, and have no name, so a
// decoding error names no struct type (see lift.JSON). This pass hands a
// value to encode that holds such a field to lift.JSON, and the error of a
// decoding into a type the script declares to lift.JSONError, with the
// target again (a variable, or its address: evaluated twice, with no
// effect). runner/refuse refuses the rest: types with a MarshalJSON or
// UnmarshalJSON method of their own, and targets of another form.

func encodings(p *Package, f *ast.File, e *Editor) {
	s := &shower{p: p, f: f, e: e, descs: map[string]string{}}
	named := &marshalerErrors{p: p, f: f, e: e}
	ast.Inspect(f, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok || call.Ellipsis.IsValid() || len(call.Args) == 0 {
			return true
		}
		switch JSONCall(p.Info, call) {
		case "encode":
			if s.encodeMethods(call, call.Args[0]) {
				return true
			}
			s.encode(call.Args[0])
			named.wrap(call, call.Args[0])
		case "decode":
			if s.decodeMethods(call, call.Args[len(call.Args)-1]) {
				return true
			}
			s.decode(call, call.Args[len(call.Args)-1])
		}
		return true
	})
	s.jsonValues()
}

// JSONCall says what a call does with encoding/json: "encode" (Marshal,
// MarshalIndent, an Encoder's Encode: its first argument), "decode"
// (Unmarshal, a Decoder's Decode: its last argument), or "".
func JSONCall(info *types.Info, call *ast.CallExpr) string {
	sel, ok := call.Fun.(*ast.SelectorExpr)
	if !ok {
		return ""
	}
	if pn := pkgOf(info, sel); pn != nil && pn.Imported().Path() == "encoding/json" {
		switch sel.Sel.Name {
		case "Marshal", "MarshalIndent":
			return "encode"
		case "Unmarshal":
			return "decode"
		}
		return ""
	}
	sl := info.Selections[sel]
	if sl == nil || sl.Kind() != types.MethodVal {
		return ""
	}
	fn, ok := sl.Obj().(*types.Func)
	if !ok || fn.Pkg() == nil || fn.Pkg().Path() != "encoding/json" {
		return ""
	}
	recv := fn.Type().(*types.Signature).Recv().Type().String()
	switch {
	case fn.Name() == "Encode" && strings.HasSuffix(recv, "json.Encoder"):
		return "encode"
	case fn.Name() == "Decode" && strings.HasSuffix(recv, "json.Decoder"):
		return "decode"
	}
	return ""
}

// encode hands a, a value to encode, to lift.JSON where it holds an
// unexported field of a struct type the script declares, and to
// lift.JSONAny where an interface in it may hold one.
func (s *shower) encode(a ast.Expr) {
	t := s.p.Info.TypeOf(a)
	if t == nil || s.marshals(t, false) {
		return
	}
	if holdsInterface(t) {
		s.encodeAny(a, t)
		return
	}
	if !s.unexported(t) {
		return
	}
	s.wrap(a, t, "JSON")
}

// decode hands a decoding into target, which may hold a struct type the
// script declares, to lift.JSONUnmarshal or lift.JSONDecode (see
// lift.JSONUnmarshal), with a description of its static type and, where
// that type holds an interface, the file's table of the script's struct
// types.
func (s *shower) decode(call *ast.CallExpr, target ast.Expr) {
	t := s.p.Info.TypeOf(target)
	sel, ok := call.Fun.(*ast.SelectorExpr)
	if t == nil || !ok || s.marshals(t, true) {
		return
	}
	tab := "nil"
	if reusesInterface(t) {
		name, ok := s.jsonTable(target, "decode into")
		if !ok {
			return
		}
		if name != "" {
			if n, e := s.declaresEmbedding(); n != "" {
				s.e.Refuse(target.Pos(), "socklab cannot decode JSON into a value of %s as Go does in a script that declares %s: the interpreter's struct types do not embed %s, so the decoder does not fill the fields it promotes: give the field a name (%s %s)", types.TypeString(t, types.RelativeTo(s.p.Types)), n, e, e, e)
				return
			}
			tab = name
		}
	}
	if tab == "nil" && (types.IsInterface(t) || !s.involves(t)) {
		return
	}
	desc := "nil"
	if !types.IsInterface(t) {
		d, ok := s.desc(t)
		if !ok {
			return
		}
		desc = d
	}
	pkg := s.e.Import(lift.Package)
	if jsonFunc(s.p.Info, sel) {
		s.e.Replace(sel.Pos(), sel.End(), pkg+".JSONUnmarshal")
	} else {
		s.e.Insert(call.Pos(), pkg+".JSONDecode(")
		s.e.Replace(sel.X.End(), call.Lparen+1, ", ")
	}
	s.e.Insert(call.Rparen, ", "+desc+", "+tab)
}

// reusesInterface reports whether a decoding into a value of t may meet an
// interface that holds a value it decodes into: t is one, or holds one
// through pointers, slices, arrays or struct fields (the decoder makes a
// map's values anew).
func reusesInterface(t types.Type) bool {
	return involves(t, isInterface, false, false)
}

// jsonFunc reports whether sel names a function of encoding/json, not
// a method.
func jsonFunc(info *types.Info, sel *ast.SelectorExpr) bool {
	pn := pkgOf(info, sel)
	return pn != nil && pn.Imported().Path() == "encoding/json"
}

// declaresEmbedding returns a struct type the script declares at the top
// level that embeds a struct lift.JSONUnmarshal cannot embed as Go does,
// and the embedded field, or "": a type of Go's library with methods
// (reflect makes no struct that embeds one beside other fields), or a
// pointer to an unexported struct (Go's decoder does not allocate it).
func (s *shower) declaresEmbedding() (string, string) {
	scope := s.p.Types.Scope()
	for _, name := range scope.Names() {
		tn, ok := scope.Lookup(name).(*types.TypeName)
		if !ok || tn.IsAlias() || s.marshals(tn.Type(), true) {
			continue
		}
		st, ok := tn.Type().Underlying().(*types.Struct)
		if !ok {
			continue
		}
		for i := range st.NumFields() {
			f := st.Field(i)
			if !f.Embedded() {
				continue
			}
			ft := f.Type()
			p, isPtr := ft.Underlying().(*types.Pointer)
			if isPtr {
				ft = p.Elem()
			}
			if _, isStruct := ft.Underlying().(*types.Struct); isStruct && (isPtr && !f.Exported() || !s.declared(ft) && types.NewMethodSet(f.Type()).Len() > 0) {
				return name, f.Name()
			}
		}
	}
	return "", ""
}

// simpleTarget reports whether e is a variable, a field of one, or the
// address of either, which can be evaluated again with no effect.
func simpleTarget(e ast.Expr) bool {
	if u, ok := e.(*ast.UnaryExpr); ok && u.Op.String() == "&" {
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

// unexported reports whether t holds an unexported or embedded field of a
// struct type the script declares (the interpreter's type does not embed),
// or an atomic.Pointer, whose type the rewrite declares.
func (s *shower) unexported(t types.Type) bool {
	return hiddenFields(t) || Involves(t, func(t types.Type) bool {
		if !s.declared(t) && !isAtomicPointer(t) {
			return false
		}
		st, ok := t.Underlying().(*types.Struct)
		if !ok {
			return false
		}
		for i := range st.NumFields() {
			if f := st.Field(i); !f.Exported() || f.Embedded() {
				return true
			}
		}
		return false
	})
}

// marshals reports whether a type the script declares in t has a method
// through which encoding/json encodes it (decoding false) or decodes it
// (decoding true): those are left to the interpreter (and to
// runner/refuse). A decoder calls no MarshalJSON, an encoder no
// UnmarshalJSON.
func (s *shower) marshals(t types.Type, decoding bool) bool {
	methods := []string{"MarshalJSON", "MarshalText"}
	if decoding {
		methods = []string{"UnmarshalJSON", "UnmarshalText"}
	}
	return Involves(t, func(t types.Type) bool {
		if !s.declared(t) {
			return false
		}
		return firstMethod(t, methods...) != ""
	})
}

// firstMethod returns the first of names that t or *t has as a method,
// or "".
func firstMethod(t types.Type, names ...string) string {
	for _, m := range names {
		for _, tt := range []types.Type{t, types.NewPointer(t)} {
			if obj, _, _ := types.LookupFieldOrMethod(tt, false, nil, m); obj != nil {
				if _, isFunc := obj.(*types.Func); isFunc {
					return m
				}
			}
		}
	}
	return ""
}
