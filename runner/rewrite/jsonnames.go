package rewrite

import (
	"fmt"
	"go/types"
	"sort"
	"strings"

	"github.com/socklab/socklab/runner/lift"
)

// jsonNames returns the table a decoding into a target that holds an
// interface hands lift (see lift.JSONNamed): tab, the file's JSON table
// ("" for none), with the names of the script's other struct types that
// an interface may hold, so that a decoding error about one of their
// fields names it as Go does (Go struct field Say.nick, where the
// interpreter's type, which has no name, gave .nick). It returns tab
// itself where there are none. A type whose runtime form another struct
// type of the package shares (an unnamed struct of the same fields, which
// pass structmark cannot tell apart) is left out: Go names neither the
// same.
func (s *shower) jsonNames(tab string) string {
	if s.namesTab != nil {
		return *s.namesTab
	}
	s.namesTab = &tab
	if s.marks == nil {
		s.marks = MarkedStructs(s.p.Files, s.p.Types, s.p.Info)
	}
	forms := structForms(s.p, s.marks)
	scope := s.p.Types.Scope()
	var zeros, names []string
	for _, name := range scope.Names() {
		tn, ok := scope.Lookup(name).(*types.TypeName)
		if !ok || tn.IsAlias() {
			continue
		}
		n, ok := tn.Type().(*types.Named)
		if !ok || n.TypeParams().Len() > 0 || s.marshals(n) || s.unexported(n) {
			continue // the JSON table's own, or not a plain struct
		}
		st, ok := n.Underlying().(*types.Struct)
		if !ok || st.NumFields() == 0 || len(forms[RuntimeForm(s.p.Types, n, s.marks)]) != 1 {
			continue
		}
		text, ok := typeName(s.p, s.f, n, true)
		if !ok {
			continue
		}
		zeros, names = append(zeros, "[]"+text+"(nil)"), append(names, fmt.Sprintf("%q", tn.Name()))
	}
	if len(names) == 0 {
		return tab
	}
	pkg := s.e.Import(lift.Package)
	from := tab
	if from == "" {
		from = "nil"
	}
	named := s.e.Name("slJN")
	s.e.Append(fmt.Sprintf("var %s = %s.JSONNamed(%s, []any{%s}, []string{%s})", named, pkg, from, strings.Join(zeros, ", "), strings.Join(names, ", ")))
	s.namesTab = &named
	return named
}

// structForms maps the runtime form of every struct type of p's package
// (declared, or unnamed in a value's type) to the types of that form: a
// declared type by its name, every unnamed one as "".
func structForms(p *Package, marks map[*types.TypeName]string) map[string]map[string]bool {
	forms := map[string]map[string]bool{}
	add := func(form, who string) {
		if forms[form] == nil {
			forms[form] = map[string]bool{}
		}
		forms[form][who] = true
	}
	seen := map[types.Type]bool{}
	var walk func(t types.Type)
	walk = func(t types.Type) {
		if t == nil || seen[t] {
			return
		}
		seen[t] = true
		switch t := types.Unalias(t).(type) {
		case *types.Named:
			if t.Obj().Pkg() != p.Types {
				return
			}
			if st, ok := t.Underlying().(*types.Struct); ok {
				add(RuntimeForm(p.Types, t, marks), t.Obj().Name())
				seen[st] = true // the declaration's own struct: not an unnamed one
				for i := range st.NumFields() {
					walk(st.Field(i).Type())
				}
				return
			}
			walk(t.Underlying())
		case *types.Pointer:
			walk(t.Elem())
		case *types.Slice:
			walk(t.Elem())
		case *types.Array:
			walk(t.Elem())
		case *types.Map:
			walk(t.Key())
			walk(t.Elem())
		case *types.Chan:
			walk(t.Elem())
		case *types.Signature:
			for i := range t.Params().Len() {
				walk(t.Params().At(i).Type())
			}
			for i := range t.Results().Len() {
				walk(t.Results().At(i).Type())
			}
		case *types.Struct:
			add(RuntimeForm(p.Types, t, marks), "")
			for i := range t.NumFields() {
				walk(t.Field(i).Type())
			}
		}
	}
	scope := p.Types.Scope()
	names := scope.Names()
	sort.Strings(names)
	for _, name := range names {
		if tn, ok := scope.Lookup(name).(*types.TypeName); ok && !tn.IsAlias() {
			walk(tn.Type())
		}
	}
	for _, tv := range p.Info.Types {
		if tv.IsValue() {
			walk(tv.Type)
		}
	}
	return forms
}
