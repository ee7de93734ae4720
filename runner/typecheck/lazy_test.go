package typecheck

import (
	"bytes"
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"maps"
	"slices"
	"testing"

	"github.com/socklab/socklab/runner/typecheck/exportgen"
	"golang.org/x/tools/go/gcexportdata"
)

// TestNarrowReadsWhatItNames reads each exported member of every package
// alone, as a script that names only it does, and compares it with the
// same member read with its whole package: the list of what each
// declaration names (exportgen.Deps) must be complete, or the read fails.
func TestNarrowReadsWhatItNames(t *testing.T) {
	for _, path := range exportgen.Packages() {
		t.Run(path, func(t *testing.T) {
			t.Parallel()
			data, deps := readEntry(t, path), deps(t, path)
			full, err := gcexportdata.Read(bytes.NewReader(data), token.NewFileSet(), map[string]*types.Package{}, path)
			if err != nil {
				t.Fatal(err)
			}
			for _, name := range full.Scope().Names() {
				if !token.IsExported(name) {
					continue
				}
				narrowed, err := narrow(data, map[string]bool{name: true}, deps)
				if err != nil {
					t.Fatal(err)
				}
				p, err := gcexportdata.Read(bytes.NewReader(narrowed), token.NewFileSet(), map[string]*types.Package{}, path)
				if err != nil {
					t.Errorf("%s read alone: %v", name, err)
					continue
				}
				got, want := p.Scope().Lookup(name), full.Scope().Lookup(name)
				if got == nil || types.ObjectString(got, nil) != types.ObjectString(want, nil) {
					t.Errorf("%s read alone is %v, with its package %v", name, got, want)
				}
			}
		})
	}
}

// TestNarrowReadsLess checks that a member read alone brings only what it
// names: net.JoinHostPort names nothing else of net.
func TestNarrowReadsLess(t *testing.T) {
	data, err := narrow(readEntry(t, "net"), map[string]bool{"JoinHostPort": true}, deps(t, "net"))
	if err != nil {
		t.Fatal(err)
	}
	p, err := gcexportdata.Read(bytes.NewReader(data), token.NewFileSet(), map[string]*types.Package{}, "net")
	if err != nil {
		t.Fatal(err)
	}
	if names := p.Scope().Names(); !slices.Equal(names, []string{"JoinHostPort"}) {
		t.Errorf("net read for JoinHostPort declares %v", names)
	}
}

func TestMembers(t *testing.T) {
	src := `package main

import (
	"fmt"
	. "strings"
	r "math/rand/v2"
	"net/http"
	_ "embed"
)

func main() {
	fmt.Println(ToUpper("x"), r.IntN(3))
	var c http.Client
	_ = c.Timeout
	fmt := 1
	_ = fmt.x
}
`
	f, err := parser.ParseFile(token.NewFileSet(), "main.go", src, 0)
	if err != nil {
		t.Fatal(err)
	}
	got := members([]*ast.File{f})
	want := map[string]map[string]bool{
		"fmt":          {"Println": true, "x": true}, // a shadowing name only reads more
		"strings":      nil,
		"math/rand/v2": {"IntN": true},
		"net/http":     {"Client": true},
		"embed":        {},
	}
	if !maps.EqualFunc(got, want, func(a, b map[string]bool) bool { return (a == nil) == (b == nil) && maps.Equal(a, b) }) {
		t.Errorf("members = %v, want %v", got, want)
	}
}
