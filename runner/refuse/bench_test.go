package refuse_test

import (
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"testing"

	"github.com/socklab/socklab/runner/refuse"
	"github.com/socklab/socklab/runner/typecheck"
)

// BenchmarkCheck measures what the checks add to a script's start-up after
// its type check, on a lesson program of typical size.
func BenchmarkCheck(b *testing.B) {
	src, err := os.ReadFile("../../scripts/16-threaded-echo/server.go")
	if err != nil {
		b.Fatal(err)
	}
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "server.go", src, parser.ParseComments)
	if err != nil {
		b.Fatal(err)
	}
	p := &typecheck.Package{Path: "main", Files: []*ast.File{f}}
	if err := typecheck.Check(fset, []*typecheck.Package{p}, typecheck.Config{}); err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		refuse.Check(fset, p.Files, p.Types, p.Info)
	}
}
