package diag

import (
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"reflect"
	"testing"
)

// TestFactsWire checks that facts found by the type checker read back
// from their wire form as they were, and that damage is an error.
func TestFactsWire(t *testing.T) {
	src := `package main

func main() {
	s := []int{1, 2}
	m := map[string]int{}
	i := 1
	_ = s[i] + m["k"] + s[0]/i
	var f float64 = 2
	_ = f / 3
}
`
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "main.go", src, 0)
	if err != nil {
		t.Fatal(err)
	}
	info := &types.Info{Types: map[ast.Expr]types.TypeAndValue{}, Uses: map[*ast.Ident]types.Object{}, Defs: map[*ast.Ident]types.Object{}}
	if _, err := (&types.Config{}).Check("main", fset, []*ast.File{f}, info); err != nil {
		t.Fatal(err)
	}
	fs := NewFacts(fset, f, []byte(src), info, func(*types.Package) bool { return true })
	if len(fs.at) == 0 {
		t.Fatal("no facts found to send")
	}
	b, err := fs.AppendBinary(nil)
	if err != nil {
		t.Fatal(err)
	}
	var back Facts
	if err := back.UnmarshalBinary(b); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(back.at, fs.at) {
		t.Errorf("facts read back as %v, want %v", back.at, fs.at)
	}
	for n := range len(b) {
		var cut Facts
		if err := cut.UnmarshalBinary(b[:n]); err == nil {
			t.Errorf("facts cut to %d of %d bytes read without an error", n, len(b))
		}
	}
}
