package rewrite

import (
	"fmt"
	"go/ast"
	"go/types"
	"sort"
	"strings"

	"github.com/socklab/socklab/runner/lift"
)

// The interpreter's types of a script have no name, so encoding/xml names
// no element for a value of one it meets outside a struct field (xml:
// unsupported type), and writes a named basic type's element under the
// name of socklab's pool type; they make unexported fields exported and do
// not embed (see lift.XML). This pass hands each value to encode
// (xml.Marshal, xml.MarshalIndent, an Encoder's Encode and EncodeElement) that holds a type
// the script declares to lift.XML with a description of its static type;
// where the static type holds an interface, with a table of the script's
// named types built once per file (xmlTable), by which lift.XML recognises
// them at run time; and each target of a decoding (xml.Unmarshal, a
// Decoder's Decode) that holds a struct with unexported or embedded
// fields to lift.XMLTarget. runner/refuse refuses the rest: types with methods
// through which encoding/xml encodes them, and structs that embed a type
// of Go's library.

func xmlEncodings(p *Package, f *ast.File, e *Editor) {
	s := &shower{p: p, f: f, e: e, descs: map[string]string{}}
	errs := &xmlErrors{p: p, f: f, e: e, discarded: discardedCalls(f)}
	ast.Inspect(f, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok || call.Ellipsis.IsValid() || len(call.Args) == 0 {
			return true
		}
		what, arg := XMLCall(p.Info, call)
		if arg >= len(call.Args) {
			return true
		}
		if what != "" {
			errs.wrap(call, call.Args[arg])
		}
		switch what {
		case "encode":
			s.encodeXML(call.Args[arg], true)
		case "element":
			s.encodeXML(call.Args[arg], false)
		case "decode":
			s.decodeXML(call.Args[arg])
		}
		return true
	})
}

// XMLCall says what a call does with encoding/xml, and with which of its
// arguments: "encode" (Marshal, MarshalIndent, an Encoder's Encode: the
// value to encode), "element" (an Encoder's EncodeElement, which names
// the element itself), "decode" (Unmarshal, a Decoder's Decode and
// DecodeElement: the target), or "".
func XMLCall(info *types.Info, call *ast.CallExpr) (string, int) {
	sel, ok := call.Fun.(*ast.SelectorExpr)
	if !ok {
		return "", 0
	}
	if pn := pkgOf(info, sel); pn != nil && pn.Imported().Path() == "encoding/xml" {
		switch sel.Sel.Name {
		case "Marshal", "MarshalIndent":
			return "encode", 0
		case "Unmarshal":
			return "decode", 1
		}
		return "", 0
	}
	sl := info.Selections[sel]
	if sl == nil || sl.Kind() != types.MethodVal {
		return "", 0
	}
	fn, ok := sl.Obj().(*types.Func)
	if !ok || fn.Pkg() == nil || fn.Pkg().Path() != "encoding/xml" {
		return "", 0
	}
	recv := fn.Type().(*types.Signature).Recv().Type().String()
	switch {
	case fn.Name() == "Encode" && strings.HasSuffix(recv, "xml.Encoder"):
		return "encode", 0
	case fn.Name() == "EncodeElement" && strings.HasSuffix(recv, "xml.Encoder"):
		return "element", 0
	case (fn.Name() == "Decode" || fn.Name() == "DecodeElement") && strings.HasSuffix(recv, "xml.Decoder"):
		return "decode", 0
	}
	return "", 0
}

// encodeXML hands a, a value to encode, to lift.XML (lift.XMLElement
// where the call names the element, top false) where it holds a type the
// script declares, or an interface in a script that declares one.
func (s *shower) encodeXML(a ast.Expr, top bool) {
	t := s.p.Info.TypeOf(a)
	if t == nil || XMLLeftAlone(s.p.Types, t) {
		return
	}
	tab := "nil"
	if holdsInterface(t) {
		name, ok := s.xmlTable(a)
		if !ok {
			return
		}
		if name != "" {
			tab = name
		}
	}
	if tab == "nil" && !s.involves(t) {
		return
	}
	if n := s.selfHidden(t); n != "" {
		s.e.Refuse(a.Pos(), "socklab cannot encode %s to XML as Go does: it holds itself and has unexported or embedded fields, which the interpreter shows encoding/xml as exported and plain ones: export the fields, or give the embedded ones names", n)
		return
	}
	desc, ok := s.desc(t)
	if !ok {
		s.e.Refuse(a.Pos(), "socklab cannot encode a value of %s to XML as Go does here: it holds a type declared inside a function, which the interpreter encodes differently: declare the type at the top level of the file", types.TypeString(t, types.RelativeTo(s.p.Types)))
		return
	}
	fn := ".XML("
	if !top {
		fn = ".XMLElement("
	}
	s.e.Insert(a.Pos(), s.e.Import(lift.Package)+fn)
	s.e.Insert(a.End(), ", "+desc+", "+tab+")")
}

// decodeXML hands a, the target of a decoding, to lift.XMLTarget where it
// holds a struct type the script declares with unexported or embedded
// fields, or is an interface in a script that declares one.
func (s *shower) decodeXML(a ast.Expr) {
	t := s.p.Info.TypeOf(a)
	if t == nil || XMLLeftAlone(s.p.Types, t) {
		return
	}
	if types.IsInterface(t) {
		if !s.declaresHidden() {
			return
		}
		if tab, ok := s.xmlTable(a); ok && tab != "" {
			s.e.Insert(a.Pos(), s.e.Import(lift.Package)+".XMLTarget(")
			s.e.Insert(a.End(), ", nil, "+tab+")")
		}
		return
	}
	if !s.unexported(t) {
		return
	}
	if n := s.selfHidden(t); n != "" {
		s.e.Refuse(a.Pos(), "socklab cannot decode XML into %s as Go does: it holds itself and has unexported or embedded fields, which the interpreter shows encoding/xml as exported and plain ones: export the fields, or give the embedded ones names", n)
		return
	}
	desc, ok := s.desc(t)
	if !ok {
		s.e.Refuse(a.Pos(), "socklab cannot decode XML into a value of %s as Go does here: it holds a type declared inside a function, which the interpreter decodes into differently: declare the type at the top level of the file", types.TypeString(t, types.RelativeTo(s.p.Types)))
		return
	}
	s.e.Insert(a.Pos(), s.e.Import(lift.Package)+".XMLTarget(")
	s.e.Insert(a.End(), ", "+desc+", nil)")
}

// declaresHidden reports whether the script declares a struct type with
// an unexported or embedded field at the top level, into which a pointer
// held in an interface may be decoded.
func (s *shower) declaresHidden() bool {
	scope := s.p.Types.Scope()
	for _, name := range scope.Names() {
		if tn, ok := scope.Lookup(name).(*types.TypeName); ok && !tn.IsAlias() && s.unexported(tn.Type()) {
			return true
		}
	}
	return false
}

// selfHidden returns the name of a struct type the script declares in t
// that holds itself and has unexported or embedded fields, or "": reflect
// makes no type that holds itself, so lift.XML cannot copy it into one
// that encodes as Go's.
func (s *shower) selfHidden(t types.Type) string {
	name := ""
	Involves(t, func(t types.Type) bool {
		n, ok := types.Unalias(t).(*types.Named)
		if !ok || !s.declared(n) || !s.unexported(n) {
			return false
		}
		st, isStruct := n.Underlying().(*types.Struct)
		if !isStruct {
			return false
		}
		for i := range st.NumFields() {
			if Involves(st.Field(i).Type(), func(x types.Type) bool { return types.Identical(x, n) }) {
				name = n.Obj().Name()
				return true
			}
		}
		return false
	})
	return name
}

// XMLLeftAlone reports whether the rewrite leaves the encoding of a value
// of t to the interpreter and runner/refuse: a type of pkg in it has a
// method through which encoding/xml encodes or decodes it, or is a struct
// that embeds a type of Go's library.
func XMLLeftAlone(pkg *types.Package, t types.Type) bool {
	return Involves(t, func(t types.Type) bool {
		n, ok := types.Unalias(t).(*types.Named)
		if !ok || n.Obj().Pkg() != pkg {
			return false
		}
		return XMLMethod(t) != "" || embedsLibrary(pkg, t) || LibraryStruct(pkg, t)
	})
}

// LibraryStruct reports whether t is a struct type declared on one of Go's
// library (type Stamp time.Time), whose unexported fields the
// interpreter's type of it keeps as the library's.
func LibraryStruct(pkg *types.Package, t types.Type) bool {
	st, ok := t.Underlying().(*types.Struct)
	if !ok {
		return false
	}
	for i := range st.NumFields() {
		if f := st.Field(i); !f.Exported() && f.Pkg() != pkg {
			return true
		}
	}
	return false
}

// XMLMethod returns the name of a method of t or *t through which
// encoding/xml encodes or decodes a value of t, or "".
func XMLMethod(t types.Type) string {
	for _, m := range []string{"MarshalXML", "UnmarshalXML", "MarshalXMLAttr", "UnmarshalXMLAttr", "MarshalText", "UnmarshalText"} {
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

// embedsLibrary reports whether t is a struct that embeds a type not of
// pkg, which the copies lift.XML makes cannot embed.
func embedsLibrary(pkg *types.Package, t types.Type) bool {
	st, ok := t.Underlying().(*types.Struct)
	if !ok {
		return false
	}
	for i := range st.NumFields() {
		f := st.Field(i)
		if !f.Embedded() {
			continue
		}
		ft := f.Type()
		if p, isPtr := ft.(*types.Pointer); isPtr {
			ft = p.Elem()
		}
		if n, isNamed := types.Unalias(ft).(*types.Named); isNamed && n.Obj().Pkg() != pkg {
			return true
		}
	}
	return false
}

// xmlTable returns the name of the file's table of the script's named
// types that encoding/xml may name an element by, declaring it after the
// file's last line the first time, or "" where the script declares none.
// ok is false, and the encoding of a refused, where a value in an
// interface could not be told by its runtime type as Go tells it.
func (s *shower) xmlTable(a ast.Expr) (string, bool) {
	if s.xmlTab != nil {
		return *s.xmlTab, *s.xmlTab != "-"
	}
	name, ok := s.buildXMLTable(a)
	if !ok {
		name = "-"
	}
	s.xmlTab = &name
	return name, ok
}

func (s *shower) buildXMLTable(a ast.Expr) (string, bool) {
	var named []*types.Named
	for _, obj := range s.p.Info.Defs {
		tn, ok := obj.(*types.TypeName)
		if !ok || tn.IsAlias() || types.IsInterface(tn.Type()) {
			continue
		}
		n, ok := tn.Type().(*types.Named)
		if !ok {
			continue
		}
		if tn.Parent() != s.p.Types.Scope() || n.TypeParams().Len() > 0 {
			s.e.Refuse(a.Pos(), "socklab cannot encode a value of an interface type to XML as Go does in a script that declares %s inside a function or with type parameters: the interpreter's type of it has no name, so socklab cannot tell it by its value; declare it at the top level of the file, or encode a value of its own type", tn.Name())
			return "", false
		}
		if m := XMLMethod(n); m != "" {
			s.e.Refuse(a.Pos(), "a value of an interface type may hold %s, whose %s method the interpreter does not let encoding/xml call: encode a value of a type without it", tn.Name(), m)
			return "", false
		}
		if LibraryStruct(s.p.Types, n) {
			s.e.Refuse(a.Pos(), "a value of an interface type may hold %s, a type declared on a struct of Go's library, which socklab cannot encode to XML as Go does: hold the library's type in a field of a struct of your own", tn.Name())
			return "", false
		}
		if embedsLibrary(s.p.Types, n) {
			s.e.Refuse(a.Pos(), "a value of an interface type may hold %s, which embeds a type of Go's library that socklab cannot embed for encoding/xml: give the field a name", tn.Name())
			return "", false
		}
		if s.selfHidden(n) != "" {
			s.e.Refuse(a.Pos(), "a value of an interface type may hold %s, which holds itself and has unexported or embedded fields, which socklab cannot encode to XML as Go does: export the fields, or give the embedded ones names", tn.Name())
			return "", false
		}
		named = append(named, n)
	}
	sort.Slice(named, func(i, j int) bool { return named[i].Obj().Pos() < named[j].Obj().Pos() })
	if c := s.untold(named); c != "" {
		s.e.Refuse(a.Pos(), "a value of an interface type may hold a %s, which the interpreter makes of the basic type of its elements (a type with methods has none of its own), so socklab cannot tell the name encoding/xml gives them: encode a value of its own type", c)
		return "", false
	}
	if x, y, clash := s.xmlClash(named); clash {
		s.e.Refuse(a.Pos(), "the interpreter makes one runtime type of %s and %s, which encoding/xml names differently, so socklab cannot tell which of them an interface holds: encode a value of its own type, or give the two types different fields", x, y)
		return "", false
	}
	if len(named) == 0 {
		return "", true
	}
	var zeros, descs, wrapped []string
	for _, n := range named {
		tn, ok := typeName(s.p, s.f, n, true)
		if !ok {
			return "", false
		}
		d, ok := s.desc(n)
		if !ok {
			return "", false
		}
		zeros, descs = append(zeros, "[]"+tn+"(nil)"), append(descs, d)
		wrapped = append(wrapped, fmt.Sprint(hasDeclaredMethods(n)))
	}
	pkg := s.e.Import(lift.Package)
	name := s.e.Name("slX")
	s.e.Append(fmt.Sprintf("var %s = %s.XMLTypes([]any{%s}, []*%s.Type{%s}, []bool{%s})", name, pkg, strings.Join(zeros, ", "), pkg, strings.Join(descs, ", "), strings.Join(wrapped, ", ")))
	return name, true
}

// untold returns the type of a value in the script, a pointer, slice,
// array or map of a type in named that is not a struct and has methods,
// or "": the interpreter's type of such a value is that of the basic type
// (where the type itself, in an interface, comes in a wrapper that tells
// it).
func (s *shower) untold(named []*types.Named) string {
	for _, n := range named {
		if _, isStruct := n.Underlying().(*types.Struct); isStruct || !hasDeclaredMethods(n) {
			continue
		}
		for _, tv := range s.p.Info.Types {
			if !tv.IsValue() {
				continue
			}
			if elemOf(tv.Type, n) {
				return types.TypeString(tv.Type, types.RelativeTo(s.p.Types))
			}
		}
	}
	return ""
}

// elemOf reports whether t is a pointer, slice, array or map whose
// elements are n, or such of them.
func elemOf(t types.Type, n *types.Named) bool {
	found := false
	for !found {
		switch u := t.(type) {
		case *types.Pointer:
			t = u.Elem()
		case *types.Slice:
			t = u.Elem()
		case *types.Array:
			t = u.Elem()
		case *types.Map:
			t = u.Elem()
		default:
			return false
		}
		found = types.Identical(t, n)
	}
	return true
}

// hasDeclaredMethods reports whether n or *n has methods, with which the
// interpreter wraps a value of n that an interface holds (not a type of
// lift's pool, which is compiled with its methods).
func hasDeclaredMethods(n *types.Named) bool {
	return types.NewMethodSet(types.NewPointer(n)).Len() > 0 && !Pooled(n.Obj())
}

// xmlClash reports two of the script's types, one of them in named, of
// which the interpreter makes one runtime type: two struct types of the
// same fields, a struct type and a struct literal's type of the same
// fields, or two types with methods on one basic type.
func (s *shower) xmlClash(named []*types.Named) (string, string, bool) {
	byKey := map[string]string{}
	add := func(t types.Type, name string) (string, bool) {
		k := s.runtimeKey(t, map[*types.Named]bool{})
		if st, ok := t.Underlying().(*types.Struct); ok && st.NumFields() == 0 {
			k = "struct{}"
		}
		if o, seen := byKey[k]; seen && o != name {
			return o, true
		}
		byKey[k] = name
		return "", false
	}
	for _, n := range named {
		if _, isStruct := n.Underlying().(*types.Struct); !isStruct && !hasDeclaredMethods(n) {
			continue // the interpreter's type is one of socklab's pool, its own
		}
		if o, clash := add(n, n.Obj().Name()); clash {
			return o, n.Obj().Name(), true
		}
	}
	declared := map[*types.Struct]bool{}
	for _, obj := range s.p.Info.Defs {
		if tn, ok := obj.(*types.TypeName); ok {
			if st, isStruct := tn.Type().Underlying().(*types.Struct); isStruct {
				declared[st] = true
			}
		}
	}
	for _, tv := range s.p.Info.Types {
		if st, ok := types.Unalias(tv.Type).(*types.Struct); ok && !declared[st] {
			if o, clash := add(st, types.TypeString(st, types.RelativeTo(s.p.Types))); clash {
				return o, types.TypeString(st, types.RelativeTo(s.p.Types)), true
			}
		}
	}
	return "", "", false
}

// runtimeKey spells the interpreter's runtime type of t: a struct of the
// script as its fields (unexported ones renamed Xname), a named basic
// type without methods as socklab's pool type of its own, with methods as
// its underlying type.
func (s *shower) runtimeKey(t types.Type, seen map[*types.Named]bool) string {
	switch u := types.Unalias(t).(type) {
	case *types.Named:
		if u.Obj().Pkg() != s.p.Types {
			return types.TypeString(u, nil)
		}
		if seen[u] {
			return "@" + u.Obj().Name()
		}
		if s.marks == nil {
			s.marks = MarkedStructs(s.p.Files, s.p.Types, s.p.Info)
		}
		if Marked(s.marks, u) {
			return "mark:" + u.Obj().Name() // a runtime type of its own (pass structmark)
		}
		seen[u] = true
		defer delete(seen, u)
		switch u.Underlying().(type) {
		case *types.Struct, *types.Pointer, *types.Slice, *types.Array, *types.Map, *types.Chan, *types.Signature, *types.Interface:
			return s.runtimeKey(u.Underlying(), seen)
		}
		if !hasDeclaredMethods(u) {
			return "pool:" + u.Obj().Name()
		}
		return s.runtimeKey(u.Underlying(), seen)
	case *types.Struct:
		var b strings.Builder
		b.WriteString("struct{")
		for i := range u.NumFields() {
			f := u.Field(i)
			name := f.Name()
			if !f.Exported() {
				name = "X" + name
			}
			fmt.Fprintf(&b, "%s %s %q %t;", name, s.runtimeKey(f.Type(), seen), u.Tag(i), f.Embedded() && u.NumFields() == 1)
		}
		return b.String() + "}"
	case *types.Pointer:
		return "*" + s.runtimeKey(u.Elem(), seen)
	case *types.Slice:
		return "[]" + s.runtimeKey(u.Elem(), seen)
	case *types.Array:
		return fmt.Sprintf("[%d]%s", u.Len(), s.runtimeKey(u.Elem(), seen))
	case *types.Map:
		return "map[" + s.runtimeKey(u.Key(), seen) + "]" + s.runtimeKey(u.Elem(), seen)
	case *types.Interface:
		if u.NumMethods() > 0 {
			return "valueInterface"
		}
		return "any"
	}
	return types.TypeString(t, nil)
}
