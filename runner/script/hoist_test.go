package script

import (
	"go/ast"
	"go/parser"
	"go/token"
	"testing"

	"github.com/socklab/socklab/runner/typecheck"
)

// checkedMain parses and type-checks src as main.go.
func checkedMain(t *testing.T, fset *token.FileSet, src string) (*typecheck.Package, sourceFiles) {
	t.Helper()
	f, err := parser.ParseFile(fset, "main.go", src, parser.AllErrors)
	if err != nil {
		t.Fatal(err)
	}
	p := &typecheck.Package{Path: "main", Files: []*ast.File{f}}
	if err := typecheck.Check(fset, []*typecheck.Package{p}, typecheck.Config{}); err != nil {
		t.Fatal(err)
	}
	return p, sourceFiles{f: {path: "main.go", src: []byte(src)}}
}

// TestHoistTypesChecksAgain checks that a type moved to the top level is
// one of the package's scope in the new check, and that the moved file is
// the one the interpreter is to read.
func TestHoistTypesChecksAgain(t *testing.T) {
	fset := token.NewFileSet()
	p, files := checkedMain(t, fset, "package main\n\nimport \"fmt\"\n\nfunc main() {\n\ttype probe struct{ Host string }\n\tfmt.Println(probe{\"a\"})\n}\n")
	first := p.Files[0]
	hoistTypes(fset, []*typecheck.Package{p}, files, func(int) bool { return false }, typecheck.Config{})
	if p.Files[0] == first || !files[p.Files[0]].moved {
		t.Fatal("the type did not move")
	}
	if p.Types.Scope().Lookup("probe") == nil {
		t.Errorf("probe is not of the top level after the move:\n%s", files[p.Files[0]].src)
	}
	if at := fset.Position(p.Types.Scope().Lookup("probe").Pos()); at.Line != 6 || at.Column != 7 {
		t.Errorf("probe is declared at %v, want main.go:6:7", at)
	}
}

// TestHoistTypesSkips checks that a package skipped keeps its files.
func TestHoistTypesSkips(t *testing.T) {
	fset := token.NewFileSet()
	p, files := checkedMain(t, fset, "package main\n\nfunc main() {\n\ttype probe int\n\t_ = probe(1)\n}\n")
	first := p.Files[0]
	hoistTypes(fset, []*typecheck.Package{p}, files, func(int) bool { return true }, typecheck.Config{})
	if p.Files[0] != first || len(files) != 1 {
		t.Fatal("a skipped package's file changed")
	}
}

// TestSameResolution checks that two checks whose identifiers resolve to
// declarations at other positions differ.
func TestSameResolution(t *testing.T) {
	fset := token.NewFileSet()
	a, _ := checkedMain(t, fset, "package main\n\nvar x = 1\n\nfunc main() { x := 2; _ = x }\n")
	b, _ := checkedMain(t, fset, "package main\n\nvar x = 1\n\nfunc main() { _  = 2; _ = x }\n")
	c, _ := checkedMain(t, fset, "package main\n\nvar x = 1\n\nfunc main() { x := 2; _ = x }\n")
	if sameResolution(fset, a.Info, b.Info) {
		t.Error("x resolved to the local x and to the top level's alike")
	}
	if !sameResolution(fset, a.Info, c.Info) {
		t.Error("two checks of one text differ")
	}
}
