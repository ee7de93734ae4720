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

// TestHoistTypesLocalPackage checks that a local package whose type moved
// is checked again from its new file, not taken as checked first.
func TestHoistTypesLocalPackage(t *testing.T) {
	fset := token.NewFileSet()
	parse := func(name, src string) *ast.File {
		f, err := parser.ParseFile(fset, name, src, parser.AllErrors)
		if err != nil {
			t.Fatal(err)
		}
		return f
	}
	mainSrc := "package main\n\nimport \"demo.lab/util\"\n\nfunc main() { println(util.Even(2)) }\n"
	utilSrc := "package util\n\nfunc Even(n int) bool {\n\ttype stat struct{ N int }\n\treturn stat{n}.N%2 == 0\n}\n"
	m, u := parse("main.go", mainSrc), parse("util/util.go", utilSrc)
	packages := []*typecheck.Package{{Path: "main", Files: []*ast.File{m}}, {Path: "demo.lab/util", Files: []*ast.File{u}}}
	if err := typecheck.Check(fset, packages, typecheck.Config{}); err != nil {
		t.Fatal(err)
	}
	files := sourceFiles{m: {path: "main.go", src: []byte(mainSrc)}, u: {path: "util/util.go", src: []byte(utilSrc)}}
	hoistTypes(fset, packages, files, func(int) bool { return false }, typecheck.Config{})
	util := packages[1]
	if util.Files[0] == u {
		t.Fatal("the type did not move")
	}
	ast.Inspect(util.Files[0], func(n ast.Node) bool {
		if e, ok := n.(*ast.BinaryExpr); ok && util.Info.TypeOf(e) == nil {
			t.Errorf("no type of the expression at %v in the new check", fset.Position(e.Pos()))
		}
		return true
	})
}
