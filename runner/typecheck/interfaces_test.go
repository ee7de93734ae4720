package typecheck

import (
	"go/ast"
	"go/parser"
	"go/token"
	"slices"
	"testing"
)

func TestInterfacePackages(t *testing.T) {
	for _, tc := range []struct {
		name, body string
		want       []string
	}{
		{"nil body", `req, _ := http.NewRequest("GET", "http://x/", nil); _ = req`, []string{"io"}},
		{"writer", `var w bytes.Buffer; fmt.Fprintln(&w, 1)`, []string{"io"}},
		{"field of a literal", `_ = http.Request{Body: nil}`, []string{"io"}},
		{"own interface", `var s shape = sq{}; _ = s`, nil},
		{"none", `x := strings.Repeat("a", 2); _ = x`, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			src := `package main

import (
	"bytes"
	"fmt"
	"net/http"
	"strings"
)

var _ = bytes.MinRead
var _ = fmt.Sprint
var _ = http.MethodGet
var _ = strings.ToUpper

type shape interface{ area() int }
type sq struct{}

func (sq) area() int { return 1 }

func main() {
	` + tc.body + `
}
`
			fset := token.NewFileSet()
			f, err := parser.ParseFile(fset, "main.go", src, 0)
			if err != nil {
				t.Fatal(err)
			}
			pkgs := []*Package{{Path: "main", Files: []*ast.File{f}}}
			if err := Check(fset, pkgs, Config{}); err != nil {
				t.Fatal(err)
			}
			got := InterfacePackages(pkgs)
			for _, w := range tc.want {
				if !slices.Contains(got, w) {
					t.Errorf("InterfacePackages = %v, want it to hold %s", got, w)
				}
			}
			if tc.want == nil && len(got) > 0 {
				t.Errorf("InterfacePackages = %v, want none", got)
			}
		})
	}
}
