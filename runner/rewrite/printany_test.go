package rewrite_test

import (
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"regexp"
	"strings"
	"testing"

	"github.com/socklab/socklab/runner/rewrite"
	"github.com/socklab/socklab/runner/typecheck"
)

func init() {
	programs = append(programs,
		fromCorpus("printany_method_sets", "print-any-method-sets"),
		fromCorpus("printany_embedded", "print-any-embedded-stringer"),
		fromCorpus("printany_other_frame", "print-any-other-frame"),
	)
}

// TestPrintedInterfaces: a printed argument of interface type goes
// through a function of the file that asks it for each type Go prints
// otherwise than the interpreter, which the interpreter tells apart at
// run time, and its pointer, and each instance of a generic type that the
// package makes; a lookalike, a type of lift's pool or one declared in a
// function is not asked for; %T asks for the names of the types of lift's
// pool too.
func TestPrintedInterfaces(t *testing.T) {
	const head = "package main\n\nimport \"fmt\"\n\ntype V struct{ N int }\n\nfunc (v V) String() string { return \"v\" }\n\n"
	tests := []struct {
		name      string
		src       string
		want, not []string
	}{
		{"an any", head + "func main() {\n\tvar x any = V{1}\n\tfmt.Println(x)\n}\n",
			[]string{"fmt.Println(_slAny", "if v, ok := h.(V); ok { return _sl", "if v, ok := h.(*V); ok { return _sl", "; return _sl2.ShowHeld(x, _slAny"}, nil},
		{"a script's interface", head + "type S interface{ String() string }\n\nfunc main() {\n\tvar s S = V{1}\n\tfmt.Printf(\"%s\\n\", s)\n}\n",
			[]string{"fmt.Printf(\"%s\\n\", _slAny"}, nil},
		{"a type without String printed with %v", head + "type Q struct{ N int }\n\nfunc main() {\n\tvar x any = Q{1}\n\tfmt.Println(x)\n}\n",
			[]string{"h.(V)"}, []string{"(Q)", "(*Q)"}},
		{"a type without String printed with %+v", head + "type Q struct{ n int }\n\nfunc main() {\n\tvar x any = Q{1}\n\tfmt.Printf(\"%+v\\n\", x)\n}\n",
			[]string{"h.(Q)", "h.(*Q)"}, nil},
		{"a lookalike, asked for in the interpreter's wrapper", head + "func main() {\n\tv := V{1}\n\tvar x any = v\n\tfmt.Println(x, struct{ N int }{2})\n}\n",
			[]string{".Wrapped(x) { if v, ok := x.(V); ok {"}, nil},
		{"a lookalike pointer, bare in the interpreter", head + "func main() {\n\tv := V{1}\n\tvar x any = v\n\tfmt.Println(x, &struct{ N int }{2})\n}\n",
			[]string{"x.(V)"}, []string{"(*V)"}},
		{"a lookalike without methods", "package main\n\nimport \"fmt\"\n\ntype Q struct{ n int }\n\nfunc main() {\n\tvar x any = Q{1}\n\tfmt.Printf(\"%+v\\n\", x, struct{ n int }{2})\n}\n",
			[]string{"h.(*Q)"}, []string{"(Q)"}},
		{"a type of lift's pool", "package main\n\nimport \"fmt\"\n\ntype K int\n\nfunc (k K) String() string { return \"k\" }\n\nfunc main() {\n\tvar x any = K(1)\n\tfmt.Println(x)\n}\n",
			nil, []string{"_slAny"}},
		{"a type with Format, which the interpreter hands fmt without it from an any", head + "type F struct{ N int }\n\nfunc (F) Format(s fmt.State, c rune) {}\n\nfunc main() {\n\tvar x any = F{1}\n\tfmt.Println(x)\n}\n",
			[]string{"h.(V)", "if v, ok := h.(F); ok { return _sl2.Show(v, _slT", "_sl2.Formats(_slT"}, nil},
		{"each instance of a generic type (which pass generics declares as a type of its own)", "package main\n\nimport \"fmt\"\n\ntype Box[T any] struct{ V T }\n\nfunc (b Box[T]) String() string { return \"box\" }\n\nfunc main() {\n\tvar x any = Box[int]{1}\n\tfmt.Println(x, Box[string]{\"s\"})\n}\n",
			[]string{"h.(_Box1); ok { return _sl2.Show(v, _slT", "h.(*_Box1); ok { return _sl2.Show(v, _slT", "h.(_Box2); ok"}, []string{"(Box[T])"}},
		{"two instances of one runtime form, each with a String, its value asked for by neither form nor wrapper (a pointer to the one whose String has a pointer receiver, in the wrapper)", "package main\n\nimport \"fmt\"\n\ntype Box[T any] struct{ V T }\n\nfunc (b Box[T]) String() string { return \"box\" }\n\ntype PBox[T any] struct{ V T }\n\nfunc (b *PBox[T]) String() string { return \"pbox\" }\n\nfunc main() {\n\tvar x any = Box[int]{1}\n\tfmt.Println(x, PBox[int]{2})\n}\n",
			[]string{"x.(*_PBox1); ok"}, []string{"h.(_Box1)", "x.(_Box1)", "h.(_PBox1)", "x.(_PBox1)"}},
		{"a type declared in a function", "package main\n\nimport \"fmt\"\n\nfunc main() {\n\ttype V struct{ N int }\n\tvar x any = V{1}\n\tfmt.Println(x)\n}\n",
			nil, []string{"_slAny"}},
		{"%#v", head + "func main() {\n\tvar x any = V{1}\n\tfmt.Printf(\"%#v\\n\", x)\n}\n",
			[]string{"fmt.Printf(\"%#v\\n\", _slAny"}, nil},
		{"%T, which becomes %s of the name", head + "func main() {\n\tvar x any = V{1}\n\tfmt.Printf(\"%-8T|\\n\", x)\n}\n",
			[]string{"fmt.Printf(\"%-8s|\\n\", _slType", "(x any) string { if x == nil { return _sl2.TypeName(nil, nil) }; h := _sl2.Printed(x); if !_sl2.HeldEmpty(h) { if v, ok := h.(V); ok { return _sl", ".TypeName(h, nil) }"}, nil},
		{"%T of a fieldless type, asked of x and h, and of one with fields, asked of h only where it holds fields", head + "type E struct{}\n\nfunc (E) String() string { return \"e\" }\n\nfunc main() {\n\tvar x fmt.Stringer = E{}\n\tfmt.Printf(\"%T\\n\", x)\n}\n",
			[]string{"if v, ok := x.(E); ok { return _sl2.TypeName(v, _slT", "if v, ok := h.(E); ok {", "if !_sl2.HeldEmpty(h) { if v, ok := h.(V); ok {"}, nil},
		{"%T of a type of lift's pool", "package main\n\nimport \"fmt\"\n\ntype K int\n\nfunc (k K) String() string { return \"k\" }\n\nfunc main() {\n\tvar x any = K(1)\n\tfmt.Printf(\"%T\\n\", x)\n}\n",
			[]string{"h.(K)", "h.(*K)"}, nil},
		{"a slice of any", head + "type H struct{ X any }\n\nfunc main() {\n\tfmt.Println([]any{V{1}}, H{V{2}})\n}\n",
			[]string{".Dynamic(", "\"interface {}\""}, nil},
		{"a slice spread", head + "func main() {\n\txs := []any{V{1}}\n\tfmt.Println(xs...)\n}\n",
			[]string{"fmt.Println(_slAnys"}, nil},
		{"a slice spread into a format, which lift reads when it runs", head + "func main() {\n\txs := []any{V{1}}\n\tfmt.Printf(\"%v\\n\", xs...)\n}\n",
			[]string{"fmt.Printf(\"%s\", _sl2.Sprintf(\"%v\\n\", _slKepts"}, []string{"_slAnys"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			liftHolds(t, tt.src, tt.want, tt.not)
		})
	}
}

// TestPrintedInterfacesShareFunctions: the arguments that ask for the same
// types share one function.
func TestPrintedInterfacesShareFunctions(t *testing.T) {
	src := "package main\n\nimport \"fmt\"\n\ntype V struct{ N int }\n\nfunc (v V) String() string { return \"v\" }\n\nfunc main() {\n\tvar x, y any = V{1}, V{2}\n\tfmt.Println(x, y)\n}\n"
	out := string(lift(t, "main.go", src))
	m := regexp.MustCompile(`fmt\.Println\((_slAny\d+)\(x\), (_slAny\d+)\(y\)\)`).FindStringSubmatch(out)
	if m == nil || m[1] != m[2] || len(regexp.MustCompile(`func _slAny\d+\(`).FindAllString(out, -1)) != 1 {
		t.Errorf("want one function for both arguments:\n%s", out)
	}
}

// TestPrintedInterfacesOtherPackages: an interface is asked for a type of
// the script's other packages, described with its package's name: where
// their syntax is known (Package.Peers), as for the package's own types,
// by runtime forms across the packages (a struct type that pass
// structmark marks, or of a form of its own, directly; one of the form of
// a struct literal of main's only in the interpreter's wrapper); where it
// is not, only where the interpreter keeps its value in its wrapper. A
// type that game does not export, game asks for in a function of its
// own, which main's function calls first.
func TestPrintedInterfacesOtherPackages(t *testing.T) {
	const gameSrc = "package game\n\ntype Move struct{ Name string }\n\nfunc (m Move) String() string { return m.Name }\n\ntype Throw struct{ Name string }\n\nfunc (t *Throw) String() string { return t.Name }\n\ntype Card struct{ Rank int }\n\nfunc (c Card) String() string { return \"card\" }\n\ntype Plain struct{ N int }\n\ntype hidden struct{ S string }\n\nfunc (h hidden) String() string { return h.S }\n"
	const mainSrc = "package main\n\nimport (\n\t\"fmt\"\n\n\t\"example.com/lp/game\"\n)\n\nfunc main() {\n\tvar x any = game.Move{\"rock\"}\n\tfmt.Println(x, struct{ Rank int }{1})\n}\n"
	tests := []struct {
		name      string
		peers     bool
		want, not []string
		wantGame  []string // in game's rewritten file
	}{
		{"syntax known", true,
			[]string{"if v, ok := h.(game.Move); ok {", "if v, ok := h.(*game.Move); ok {", "if v, ok := h.(game.Throw); ok {", "if v, ok := h.(*game.Throw); ok {", ".Wrapped(x) { if v, ok := x.(game.Card); ok {", "\"game.Move\"",
				".Printed(x); if y, ok := game.SocklabShown(x); ok { return y }; "},
			[]string{".Wrapped(x) { if v, ok := x.(game.Move)", "game.Plain)", "hidden"},
			[]string{"func SocklabShown(x any) (any, bool) { if x == nil { return nil, false }; h := ", ".Printed(x); _ = h; if v, ok := h.(hidden); ok { return ", "func SocklabTypeName(x any) (string, bool) { if x == nil { return \"\", false }; h := "}},
		{"syntax unknown", false,
			[]string{".Wrapped(x) { if v, ok := x.(game.Card); ok {", "if v, ok := x.(game.Move); ok {", "\"game.Move\""},
			[]string{"(*game.Move)", "game.Plain)", "hidden", "SocklabShown"},
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fset := token.NewFileSet()
			parse := func(name, src string) *ast.File {
				f, err := parser.ParseFile(fset, name, src, 0)
				if err != nil {
					t.Fatal(err)
				}
				return f
			}
			mainPkg := &typecheck.Package{Path: "main", Files: []*ast.File{parse("main.go", mainSrc)}}
			gamePkg := &typecheck.Package{Path: "example.com/lp/game", Files: []*ast.File{parse("game.go", gameSrc)}}
			if err := typecheck.Check(fset, []*typecheck.Package{mainPkg, gamePkg}, typecheck.Config{}); err != nil {
				t.Fatal(err)
			}
			p := &rewrite.Package{Fset: fset, Files: mainPkg.Files, Src: map[*ast.File][]byte{mainPkg.Files[0]: []byte(mainSrc)}, Types: mainPkg.Types, Info: mainPkg.Info,
				Script: []*types.Package{mainPkg.Types, gamePkg.Types}}
			if tt.peers {
				p.Peers = []rewrite.Checked{{Files: gamePkg.Files, Types: gamePkg.Types, Info: gamePkg.Info}}
			}
			out, err := rewrite.Apply(p)
			if err != nil {
				t.Fatal(err)
			}
			got := string(out[mainPkg.Files[0]])
			for _, want := range tt.want {
				if !strings.Contains(got, want) {
					t.Errorf("want %q in:\n%s", want, got)
				}
			}
			for _, not := range tt.not {
				if strings.Contains(got, not) {
					t.Errorf("want no %q in:\n%s", not, got)
				}
			}
			if tt.wantGame == nil {
				return
			}
			g := &rewrite.Package{Fset: fset, Files: gamePkg.Files, Src: map[*ast.File][]byte{gamePkg.Files[0]: []byte(gameSrc)}, Types: gamePkg.Types, Info: gamePkg.Info,
				Script: p.Script, Peers: []rewrite.Checked{{Files: mainPkg.Files, Types: mainPkg.Types, Info: mainPkg.Info}}}
			out, err = rewrite.Apply(g)
			if err != nil {
				t.Fatal(err)
			}
			got = string(out[gamePkg.Files[0]])
			for _, want := range tt.wantGame {
				if !strings.Contains(got, want) {
					t.Errorf("want %q in game's:\n%s", want, got)
				}
			}
		})
	}
}

// TestPrintedLookalikeByName: a type that printing asks for only in the
// interpreter's wrapper (type Path []V beside a []V) is asked for by the
// name its lift.SelfMethod gives too, in a wrapper of Go's library (a
// fmt.Stringer), for %T and %v; a type without the method is not.
func TestPrintedLookalikeByName(t *testing.T) {
	const src = "package main\n\nimport \"fmt\"\n\ntype V struct{ N int }\n\ntype Path []V\n\nfunc (p Path) String() string { return \"p\" }\n\ntype Q struct{ N int }\n\nfunc (q *Q) M() {}\n\nfunc main() {\n\tvar s fmt.Stringer = Path{}\n\tvar x any = Q{}\n\tfmt.Printf(\"%T %v %v\\n\", s, s, x)\n\tfmt.Println([]V{}, struct{ N int }{})\n}\n"
	liftHolds(t, src, []string{
		`if v, ok := _sl2.SelfNamed(x, "main.Path").(Path); ok { return _sl2.TypeName(v, `,
		`if v, ok := _sl2.SelfNamed(x, "main.Path").(Path); ok { return _sl2.Show(v, `,
		`if _sl2.Wrapped(x) { if v, ok := x.(Path); ok {`,
	}, []string{`SelfNamed(x, "main.Q")`})
}

// TestPrintedLibraryWrappers: a value of an interface of Go's library
// whose wrapper fmt would print (io.Writer, sort.Interface) is asked for
// every type of the script that implements it, whatever the verb; where
// the script declares such a type the asker cannot tell apart (a named
// slice beside a slice of its form), the print is refused.
func TestPrintedLibraryWrappers(t *testing.T) {
	asked := "package main\n\nimport (\n\t\"fmt\"\n\t\"io\"\n)\n\ntype counter struct{ n int }\n\nfunc (c *counter) Write(p []byte) (int, error) { return len(p), nil }\n\nfunc main() {\n\tvar w io.Writer = &counter{}\n\tfmt.Println(w)\n}\n"
	liftHolds(t, asked, []string{"fmt.Println(_slAny", "(w))", "h.(*counter); ok { return"}, nil)
	untold := "package main\n\nimport (\n\t\"fmt\"\n\t\"sort\"\n\t\"strings\"\n)\n\ntype byLen []string\n\nfunc (b byLen) Len() int           { return len(b) }\nfunc (b byLen) Less(i, j int) bool { return len(b[i]) < len(b[j]) }\nfunc (b byLen) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }\n\nfunc main() {\n\tvar s sort.Interface = byLen(strings.Fields(\"a bb\"))\n\tfmt.Println(s)\n}\n"
	refuses(t, untold, "main.go:17:14: the interpreter hands fmt a byLen held as sort.Interface in a wrapper of its own")
}

// TestPrintedBelowUnexported: a value printed with %v that holds an
// unexported field of a type with a method fmt calls goes to lift.Show,
// which prints the field as Go does, without calling it; one whose
// unexported fields hold no such type is left to fmt.
func TestPrintedBelowUnexported(t *testing.T) {
	src := "package main\n\nimport (\n\t\"fmt\"\n\t\"time\"\n)\n\ntype rec struct {\n\tName    string\n\ttimeout time.Duration\n}\n\ntype plain struct {\n\tName string\n\tn    int\n}\n\nfunc main() {\n\tfmt.Println(rec{}, plain{})\n}\n"
	liftHolds(t, src, []string{".Show(rec{}, ", ", plain{})"}, nil)
}
