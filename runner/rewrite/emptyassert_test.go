package rewrite_test

import (
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"strings"
	"testing"

	"github.com/socklab/socklab/runner/rewrite"
	"github.com/socklab/socklab/runner/typecheck"
)

func init() {
	programs = append(programs, fromCorpus("emptyassert", "assert-empty-struct-library"))
}

// TestEmptyAsserts checks which assertions pass emptyassert makes on an
// interface{} of the script's: those of an empty interface, to any type,
// in a package that makes a value of a struct of no fields; not one of an
// error, nor one that pass heldassert opens, nor any where no such value
// is made.
func TestEmptyAsserts(t *testing.T) {
	for _, tt := range []struct {
		name      string
		src       string
		want, not []string
	}{
		{
			name: "a struct of no fields is made",
			src:  "package main\n\nimport \"sync\"\n\ntype done struct{}\n\ntype E struct{ n int }\n\nfunc (*E) Error() string { return \"\" }\n\nfunc main() {\n\tvar m sync.Map\n\tm.Store(1, done{})\n\tv, _ := m.Load(1)\n\t_, _ = v.(done)\n\t_ = v.(int)\n\t_, _ = v.(*E)\n\tvar err error\n\t_, _ = err.(*E)\n}\n",
			want: []string{"_, _ = interface{}(v).(done)", "_ = interface{}(v).(int)", "interface{}(_sl2.Held(v)).(*E)"},
			not:  []string{"interface{}(interface{}(", "interface{}(err)"},
		},
		{
			name: "a struct{}{} sent as a value",
			src:  "package main\n\nimport \"context\"\n\ntype key int\n\nfunc main() {\n\tctx := context.WithValue(context.Background(), key(1), struct{}{})\n\t_, _ = ctx.Value(key(1)).(struct{})\n}\n",
			want: []string{"_, _ = interface{}(ctx.Value(key(1))).(struct{})"},
		},
		{
			name: "no struct of no fields",
			src:  "package main\n\nimport \"context\"\n\ntype key int\n\nfunc main() {\n\tctx := context.WithValue(context.Background(), key(1), \"v\")\n\t_, _ = ctx.Value(key(1)).(string)\n\tdone := make(chan struct{})\n\tclose(done)\n}\n",
			not:  []string{"interface{}(ctx"},
		},
	} {
		t.Run(tt.name, func(t *testing.T) { liftHolds(t, tt.src, tt.want, tt.not) })
	}
}

// TestEmptyAssertsPeers checks that an assertion in one package of a
// script is opened where only another package makes a struct of no
// fields, where that package's syntax is known.
func TestEmptyAssertsPeers(t *testing.T) {
	const flagsSrc = "package flags\n\ntype Ready struct{}\n\nfunc Mark() any { return Ready{} }\n"
	const mainSrc = "package main\n\nimport (\n\t\"sync\"\n\n\t\"example.com/lp/flags\"\n)\n\nfunc main() {\n\tvar m sync.Map\n\tm.Store(1, flags.Mark())\n\tv, _ := m.Load(1)\n\t_, _ = v.(flags.Ready)\n}\n"
	for _, tt := range []struct {
		name  string
		peers bool
		want  bool
	}{
		{"the other package known", true, true},
		{"the other package unknown", false, false},
	} {
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
			flagsPkg := &typecheck.Package{Path: "example.com/lp/flags", Files: []*ast.File{parse("flags.go", flagsSrc)}}
			if err := typecheck.Check(fset, []*typecheck.Package{mainPkg, flagsPkg}, typecheck.Config{}); err != nil {
				t.Fatal(err)
			}
			p := &rewrite.Package{Fset: fset, Files: mainPkg.Files, Src: map[*ast.File][]byte{mainPkg.Files[0]: []byte(mainSrc)}, Types: mainPkg.Types, Info: mainPkg.Info,
				Script: []*types.Package{mainPkg.Types, flagsPkg.Types}}
			if tt.peers {
				p.Peers = []rewrite.Checked{{Files: flagsPkg.Files, Types: flagsPkg.Types, Info: flagsPkg.Info}}
			}
			out, err := rewrite.Apply(p)
			if err != nil {
				t.Fatal(err)
			}
			got := string(out[mainPkg.Files[0]])
			if out[mainPkg.Files[0]] == nil {
				got = mainSrc
			}
			if opened := strings.Contains(got, "_, _ = interface{}(v).(flags.Ready)"); opened != tt.want {
				t.Errorf("opened: %v, want %v, in:\n%s", opened, tt.want, got)
			}
		})
	}
}
