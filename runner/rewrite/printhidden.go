package rewrite

import (
	"go/types"
	"slices"
	"strings"

	"github.com/socklab/socklab/runner/lift"
)

// A package of the script other than main may hand another a value of a
// type it does not export in an interface (func New() any { return
// move{"rock"} }), which the package that prints it cannot name to ask
// the interface for it: fmt printed its fields ({rock}) where Go calls its
// String method. So such a package, where it declares unexported types
// that printing asks an interface for (see scriptCases), gets two exported
// functions after its first file's last line, which ask for them as its
// own printing would (and for its types of lift's pool, which %T and %#v
// name):
//
//	func SocklabShown(x any) (any, bool) { if v, ok := x.(move); ok { return _sl1.Show(v, _slT2), true }; return x, false }
//	func SocklabTypeName(x any) (string, bool) { if v, ok := x.(move); ok { return _sl1.TypeName(v, _slT2), true }; return "", false }
//
// and the functions that show an interface in the files that import it
// call them first (if y, ok := game.SocklabShown(x); ok { return y }).
const (
	hiddenShow = "SocklabShown"
	hiddenName = "SocklabTypeName"
)

// exportHidden declares the two functions in s's file, the first of its
// package, where the package is not main and declares such types.
func (s *shower) exportHidden() {
	if s.p.Types.Name() == "main" || len(s.p.Peers) == 0 {
		return
	}
	pkgs := append([]Checked{{Files: s.p.Files, Types: s.p.Types, Info: s.p.Info}}, s.p.Peers...)
	var own []AnyCase
	for _, c := range slices.Concat(scriptCases(pkgs, nil), pooledCases(s.p.Types)) {
		if tn := caseType(c); tn.Pkg() == s.p.Types && !tn.Exported() {
			own = append(own, c)
		}
	}
	if len(own) == 0 {
		return
	}
	pkg := s.e.Import(lift.Package)
	var shows, names, wrappedShows, wrappedNames []string
	for _, c := range own {
		desc, ok := s.desc(c.Type)
		name, named := typeName(s.p, s.f, c.Type, true)
		if !ok || !named {
			continue
		}
		show := func(x string) string {
			return "if v, ok := " + assertExact(s.p, s.e, x, c.Type, name) + "; ok { return " + pkg + ".Show(v, " + desc + "), true }"
		}
		tname := func(x string) string {
			return "if v, ok := " + assertExact(s.p, s.e, x, c.Type, name) + "; ok { return " + pkg + ".TypeName(v, " + desc + "), true }"
		}
		if c.Wrapped {
			wrappedShows = append(wrappedShows, show("x"))
			wrappedNames = append(wrappedNames, tname("x"))
		} else {
			shows, names = append(shows, show("h")), append(names, tname("h"))
		}
	}
	if len(wrappedShows) > 0 {
		shows = append(shows, "if "+pkg+".Wrapped(x) { "+strings.Join(wrappedShows, "; ")+" }")
		names = append(names, "if "+pkg+".Wrapped(x) { "+strings.Join(wrappedNames, "; ")+" }")
	}
	held := "h := " + pkg + ".Printed(x); _ = h; "
	s.e.Append("func " + hiddenShow + "(x any) (any, bool) { " + nilFirst("return nil, false") + held + strings.Join(append(shows, "return x, false"), "; ") + " }")
	s.e.Append("func " + hiddenName + "(x any) (string, bool) { " + nilFirst(`return "", false`) + held + strings.Join(append(names, `return "", false`), "; ") + " }")
}

// hiddenAsks returns the calls of fn (hiddenShow or hiddenName) of the
// packages s's file imports that declare unexported types a value of it
// may hold (that Go prints with v otherwise than the interpreter, where v
// is not nil), each a statement of the function that shows or names it.
func (s *shower) hiddenAsks(it *types.Interface, v *Verb, fn string) []string {
	imported := importNames(s.p, s.f)
	var pkgs []*types.Package
	for pkg := range s.hidden {
		pkgs = append(pkgs, pkg)
	}
	slices.SortFunc(pkgs, func(a, b *types.Package) int { return strings.Compare(a.Path(), b.Path()) })
	var out []string
	for _, pkg := range pkgs {
		name, ok := imported[pkg.Path()]
		if !ok || name == "_" || name == "." {
			continue
		}
		if !slices.ContainsFunc(s.hidden[pkg], func(c AnyCase) bool {
			return types.Implements(c.Type, it) && (v == nil || s.needs(c.Type, *v))
		}) {
			continue
		}
		result := "y"
		if fn == hiddenName {
			result = "n"
		}
		out = append(out, "if "+result+", ok := "+name+"."+fn+"(x); ok { return "+result+" }")
	}
	return out
}
