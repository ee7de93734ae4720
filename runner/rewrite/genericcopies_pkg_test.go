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

// TestGenericCopiesOtherPackage checks that an instance of a generic type
// that another package of the script declares, and that the interpreter
// builds without end, is refused where the package names it: its
// package cannot write it out for this one.
func TestGenericCopiesOtherPackage(t *testing.T) {
	const treeSrc = "package tree\n\ntype Node[K comparable, V any] struct {\n\tKey  K\n\tVal  V\n\tNext *Node[K, V]\n}\n"
	const mainSrc = "package main\n\nimport \"example.com/lp/tree\"\n\nfunc main() {\n\tvar n tree.Node[string, int]\n\t_ = n\n}\n"
	fset := token.NewFileSet()
	parse := func(name, src string) *ast.File {
		f, err := parser.ParseFile(fset, name, src, 0)
		if err != nil {
			t.Fatal(err)
		}
		return f
	}
	mainPkg := &typecheck.Package{Path: "main", Files: []*ast.File{parse("main.go", mainSrc)}}
	treePkg := &typecheck.Package{Path: "example.com/lp/tree", Files: []*ast.File{parse("tree.go", treeSrc)}}
	if err := typecheck.Check(fset, []*typecheck.Package{mainPkg, treePkg}, typecheck.Config{}); err != nil {
		t.Fatal(err)
	}
	p := &rewrite.Package{Fset: fset, Files: mainPkg.Files, Src: map[*ast.File][]byte{mainPkg.Files[0]: []byte(mainSrc)}, Types: mainPkg.Types, Info: mainPkg.Info,
		Script: []*types.Package{mainPkg.Types, treePkg.Types}}
	_, err := rewrite.Apply(p)
	want := "main.go:6:13: the interpreter cannot build the instances of Node, a generic type of two type parameters or more that holds an instance of itself: it builds the instance's fields without end, until its stack is full, and socklab writes out the instances of such a type as types of their own only in the package that declares it, tree: declare Node in this package, or without type parameters"
	if err == nil || !strings.Contains(err.Error(), want) {
		t.Errorf("got %v, want a refusal containing %q", err, want)
	}
}
