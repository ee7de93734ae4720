package rewrite

import (
	"fmt"
	"go/ast"
	"go/types"
	"sort"
	"strings"

	"github.com/socklab/socklab/runner/lift"
)

// A value of a struct type the script declares that an interface holds
// (an any, an element of a []any, a field of type any) reaches the
// encoder as the interpreter's struct type, with its unexported fields
// exported (Xname) and its embedded fields plain ones, and its static type
// does not say so. Where the script declares such a struct type, encode
// hands a value to encode that may hold one in an interface to
// lift.JSONAny, with a table of the script's struct types built once per
// file (jsonTable) by which it recognises them at run time.

// encodeAny hands a, of type t which holds an interface, to lift.JSONAny
// where the script declares a struct type that encodes differently in the
// interpreter.
func (s *shower) encodeAny(a ast.Expr, t types.Type) {
	tab, ok := s.jsonTable(a, "encode")
	if !ok || tab == "" {
		return
	}
	if m := s.marshaler(); m != "" {
		s.e.Refuse(a.Pos(), "the interpreter hands encoding/json a value of %s that an interface holds without its own method %s, so it would encode the value's fields where Go calls the method: encode a variable or field of type %s itself", m, marshalerMethod(m, s), m)
		return
	}
	desc, ok := s.desc(t)
	if !ok {
		s.e.Refuse(a.Pos(), "socklab cannot encode a value of %s as Go does here: it holds a type declared inside a function, which the interpreter encodes differently: declare the type at the top level of the file", types.TypeString(t, types.RelativeTo(s.p.Types)))
		return
	}
	s.e.Insert(a.Pos(), s.e.Import(lift.Package)+".JSONAny(")
	s.e.Insert(a.End(), ", "+desc+", "+tab+")")
}

// jsonTable returns the name of the file's table of the script's struct
// types that the interpreter encodes differently, declaring it after the
// file's last line the first time, or "" where the script declares none
// and no type with methods either (see declaresMethods).
// ok is false, and the encoding of a (or decoding into it: verb says
// which) refused, where such a type cannot be
// named at the file's top level (declared inside a function, or generic)
// or the interpreter's types of two of them cannot be told apart.
func (s *shower) jsonTable(a ast.Expr, verb string) (string, bool) {
	if s.table != nil {
		return *s.table, true
	}
	var named []*types.Named
	for _, obj := range s.p.Info.Defs {
		tn, ok := obj.(*types.TypeName)
		if !ok || tn.IsAlias() {
			continue
		}
		n, ok := tn.Type().(*types.Named)
		if !ok {
			continue
		}
		if _, isStruct := n.Underlying().(*types.Struct); !isStruct || s.marshals(n, false) {
			continue
		}
		if tn.Parent() == s.p.Types.Scope() && n.TypeParams().Len() > 0 && plainGeneric(n) {
			continue // JSONAny copies its instances field by field, as the interpreter's types of exported fields
		}
		if tn.Parent() != s.p.Types.Scope() || n.TypeParams().Len() > 0 {
			if !s.boxed(n) {
				continue // no interface holds one: encoded only as itself
			}
			s.e.Refuse(a.Pos(), "socklab cannot %s a value of an interface type as Go does in a script that declares %s inside a function or with type parameters: the interpreter's copy of it shows its unexported fields and does not embed; declare it at the top level of the file, or %s a value of its own type", verb, tn.Name(), verb)
			return "", false
		}
		named = append(named, n)
	}
	sort.Slice(named, func(i, j int) bool { return named[i].Obj().Pos() < named[j].Obj().Pos() })
	if x, y, clash := s.clashing(named); clash {
		s.e.Refuse(a.Pos(), "the interpreter makes one struct type of %s and %s, whose fields Go encodes differently, so socklab cannot tell which of them an interface holds: %s a value of its own type, or give the two types different fields", x, y, verb)
		return "", false
	}
	if len(named) == 0 && !s.declaresMethods() {
		empty := ""
		s.table = &empty
		return "", true
	}
	var zeros, descs []string
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
	}
	pkg := s.e.Import(lift.Package)
	name := s.e.Name("slJ")
	s.e.Append(fmt.Sprintf("var %s = %s.JSONTypes([]any{%s}, []*%s.Type{%s})", name, pkg, strings.Join(zeros, ", "), pkg, strings.Join(descs, ", ")))
	s.table = &name
	return name, true
}

// boxed reports whether the package converts a value of a type that
// involves n (n itself, a pointer to it, a slice of it, a struct that
// holds it; an instance, of a generic n) to an interface type anywhere,
// or a value of a type parameter, which may be any type: only then may
// an interface hold one.
func (s *shower) boxed(n *types.Named) bool {
	if s.boxes == nil {
		var ts []types.Type
		for _, f := range s.p.Files {
			direct := jsonArgs(s.p.Info, f)
			for x := range ifaceValues(s.p.Info, f) {
				if t := s.p.Info.TypeOf(x); t != nil && !direct[x] {
					ts = append(ts, t)
				}
			}
		}
		s.boxes = &ts
	}
	for _, t := range *s.boxes {
		if Involves(t, func(x types.Type) bool {
			if _, param := types.Unalias(x).(*types.TypeParam); param {
				return true
			}
			xn, ok := types.Unalias(x).(*types.Named)
			return ok && xn.Origin() == n.Origin()
		}) {
			return true
		}
	}
	return false
}

// jsonArgs returns the arguments of f's calls of encoding/json's
// functions and methods, which encode or decode a value by its static
// type, not as an interface holds it.
func jsonArgs(info *types.Info, f *ast.File) map[ast.Expr]bool {
	out := map[ast.Expr]bool{}
	ast.Inspect(f, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok {
			return true
		}
		var id *ast.Ident
		switch fun := ast.Unparen(call.Fun).(type) {
		case *ast.SelectorExpr:
			id = fun.Sel
		case *ast.Ident:
			id = fun
		}
		if id == nil {
			return true
		}
		if fn, ok := info.Uses[id].(*types.Func); ok && fn.Pkg() != nil && fn.Pkg().Path() == "encoding/json" {
			for _, a := range call.Args {
				out[ast.Unparen(a)] = true
			}
		}
		return true
	})
	return out
}

// marshaler returns the name of a type the script's package declares at
// its top level with a method by which encoding/json encodes it
// (MarshalJSON, MarshalText), or "": in an interface, the interpreter
// hands the encoder its value without the method.
func (s *shower) marshaler() string {
	scope := s.p.Types.Scope()
	for _, name := range scope.Names() {
		if tn, ok := scope.Lookup(name).(*types.TypeName); ok && !tn.IsAlias() && !types.IsInterface(tn.Type()) && marshalerMethod(name, s) != "" {
			return name
		}
	}
	return ""
}

// marshalerMethod returns the encoding method of the type of the script's
// package named name, MarshalJSON before MarshalText, or "".
func marshalerMethod(name string, s *shower) string {
	tn, ok := s.p.Types.Scope().Lookup(name).(*types.TypeName)
	if !ok {
		return ""
	}
	return firstMethod(tn.Type(), "MarshalJSON", "MarshalText")
}

// declaresMethods reports whether a package of the script declares a type
// with methods (not an interface): the interpreter hands a value of one
// that an interface holds to compiled code in a wrapper of its own, whose
// fields encoding/json does not see ({} where Go encodes the value), so a
// script that declares one needs the table, if an empty one, by which
// lift.JSONAny unwraps the values.
func (s *shower) declaresMethods() bool {
	pkgs := append([]Checked{{Files: s.p.Files, Types: s.p.Types, Info: s.p.Info}}, s.p.Peers...)
	for _, c := range pkgs {
		for _, obj := range c.Info.Defs {
			tn, ok := obj.(*types.TypeName)
			if !ok || tn.IsAlias() {
				continue
			}
			if n, ok := tn.Type().(*types.Named); ok && n.NumMethods() > 0 && !types.IsInterface(n) {
				return true
			}
		}
	}
	return false
}

// plainGeneric reports whether n, a generic struct type, has no methods
// and only exported fields it does not embed: the interpreter's types of
// its instances encode and decode as Go's, and lift.JSONAny, meeting one
// in an interface, copies it field by field (a struct of the script in
// it, it finds in its table), so the table needs none of them.
func plainGeneric(n *types.Named) bool {
	st, ok := n.Underlying().(*types.Struct)
	if !ok || n.NumMethods() > 0 {
		return false
	}
	for i := range st.NumFields() {
		if f := st.Field(i); !f.Exported() || f.Embedded() {
			return false
		}
	}
	return true
}

// holdsInterface reports whether a value of t may hold an interface: t is
// one, or a type parameter, or is built from one.
func holdsInterface(t types.Type) bool { return Involves(t, isInterface) }

// isInterface reports whether t is an interface or a type parameter.
func isInterface(t types.Type) bool {
	switch types.Unalias(t).(type) {
	case *types.Interface, *types.TypeParam:
		return true
	}
	return false
}

// clashing reports two struct types the script declares at the top level,
// one of them in named, of which the interpreter makes one runtime type
// (the same fields once it renames them) though Go encodes them
// differently (a field embedded in one and not the other, or exported in
// one only).
func (s *shower) clashing(named []*types.Named) (string, string, bool) {
	need := map[*types.Named]bool{}
	for _, n := range named {
		need[n] = true
	}
	byShape := map[string]*types.Named{}
	scope := s.p.Types.Scope()
	for _, name := range scope.Names() {
		tn, ok := scope.Lookup(name).(*types.TypeName)
		if !ok || tn.IsAlias() {
			continue
		}
		n, ok := tn.Type().(*types.Named)
		if !ok || n.TypeParams().Len() > 0 {
			continue
		}
		st, ok := n.Underlying().(*types.Struct)
		if !ok {
			continue
		}
		shape, pattern := runtimeShape(st)
		if o, seen := byShape[shape]; seen {
			_, oPattern := runtimeShape(o.Underlying().(*types.Struct))
			if oPattern != pattern && (need[n] || need[o]) {
				return o.Obj().Name(), n.Obj().Name(), true
			}
			continue
		}
		byShape[shape] = n
	}
	return "", "", false
}

// runtimeShape returns the fields of st as the interpreter's struct type
// has them (names, types, tags), and which of them Go embeds or exports.
func runtimeShape(st *types.Struct) (shape, pattern string) {
	var sh, pat strings.Builder
	for i := range st.NumFields() {
		f := st.Field(i)
		name := f.Name()
		if !f.Exported() {
			name = "X" + name
		}
		fmt.Fprintf(&sh, "%s %s %q;", name, types.TypeString(f.Type(), nil), st.Tag(i))
		fmt.Fprintf(&pat, "%t%t", f.Embedded(), f.Exported())
	}
	return sh.String(), pat.String()
}
