package rewrite_test

import (
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"testing"

	"github.com/socklab/socklab/runner/rewrite"
	"github.com/socklab/socklab/runner/typecheck"
)

// BenchmarkApply measures what the passes add to a script's start-up: all
// of them over a lesson's server and over a corpus program that several
// of them rewrite.
func BenchmarkApply(b *testing.B) {
	for _, name := range []string{
		filepath.Join("..", "..", "scripts", "09-head-tail-count", "server.go"),
		filepath.Join("..", "difftest", "testdata", "defer-saved", "main.go"),
		filepath.Join("..", "difftest", "testdata", "defer-panic-recover-newest", "main.go"),
	} {
		src, err := os.ReadFile(name)
		if err != nil {
			b.Fatal(err)
		}
		fset := token.NewFileSet()
		f, err := parser.ParseFile(fset, name, src, 0)
		if err != nil {
			b.Fatal(err)
		}
		tp := &typecheck.Package{Path: "main", Files: []*ast.File{f}}
		if err := typecheck.Check(fset, []*typecheck.Package{tp}, typecheck.Config{}); err != nil {
			b.Fatal(err)
		}
		p := &rewrite.Package{Fset: fset, Files: tp.Files, Src: map[*ast.File][]byte{f: src}, Types: tp.Types, Info: tp.Info}
		b.Run(filepath.Base(filepath.Dir(name)), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := rewrite.Apply(p); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
