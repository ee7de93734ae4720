package rewrite_test

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"strings"
	"testing"

	liftpkg "github.com/socklab/socklab/runner/lift"
	"github.com/socklab/socklab/runner/rewrite"
	"github.com/socklab/socklab/runner/typecheck"
	"github.com/traefik/yaegi/interp"
	"github.com/traefik/yaegi/stdlib"
)

// BenchmarkApply measures what the passes add to a script's start-up: all
// of them over a lesson's server and over a corpus program that several
// of them rewrite.
func BenchmarkApply(b *testing.B) {
	for _, name := range []string{
		filepath.Join("..", "..", "scripts", "09-head-tail-count", "server.go"),
		filepath.Join("..", "difftest", "testdata", "defer-saved", "main.go"),
		filepath.Join("..", "difftest", "testdata", "defer-panic-recover-newest", "main.go"),
		filepath.Join("..", "difftest", "testdata", "pull-merge", "main.go"),
		filepath.Join("..", "difftest", "testdata", "temperatures", "main.go"),
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

// BenchmarkDeferFrame measures what the frame of deferred calls (pass
// deferframe) costs a call of a function that defers two calls, in the
// interpreter: the function as written, and as the passes rewrite it.
func BenchmarkDeferFrame(b *testing.B) {
	const src = `package main

type S struct{ n int }

func (s *S) done() { s.n++ }

func two(s *S) {
	defer s.done()
	defer func() { s.n++ }()
	s.n++
}

func Loop(n int) {
	s := &S{}
	for i := 0; i < n; i++ {
		two(s)
	}
}
`
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "main.go", src, 0)
	if err != nil {
		b.Fatal(err)
	}
	tp := &typecheck.Package{Path: "main", Files: []*ast.File{f}}
	if err := typecheck.Check(fset, []*typecheck.Package{tp}, typecheck.Config{}); err != nil {
		b.Fatal(err)
	}
	out, err := rewrite.Apply(&rewrite.Package{Fset: fset, Files: tp.Files, Src: map[*ast.File][]byte{f: []byte(src)}, Types: tp.Types, Info: tp.Info})
	if err != nil {
		b.Fatal(err)
	}
	if !strings.Contains(string(out[f]), "NewDefers") {
		b.Fatalf("two has no frame:\n%s", out[f])
	}
	for _, v := range []struct{ name, src string }{{"as-written", src}, {"rewritten", string(out[f])}} {
		b.Run(v.name, func(b *testing.B) {
			i := interp.New(interp.Options{})
			if err := i.Use(stdlib.Symbols); err != nil {
				b.Fatal(err)
			}
			if err := i.Use(liftpkg.Symbols()); err != nil {
				b.Fatal(err)
			}
			if _, err := i.Eval(v.src); err != nil {
				b.Fatal(err)
			}
			fn, err := i.Eval("main.Loop")
			if err != nil {
				b.Fatal(err)
			}
			loop := fn.Interface().(func(int))
			b.ResetTimer()
			loop(b.N)
		})
	}
}

// BenchmarkBounds measures what the bounds checks (pass bounds) cost a
// function that recovers its own panics: 64 indexes and 64 slices of a
// packet per call, compiled by Go, in the interpreter as written, and as
// the passes rewrite it.
func BenchmarkBounds(b *testing.B) {
	const src = `package main

import "fmt"

func scan(pkt []byte, offs []int) (sum int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("scan: %v", r)
		}
	}()
	for _, off := range offs {
		sum += int(pkt[off]) + len(pkt[off:])
	}
	return sum, nil
}

func Loop(n int) {
	pkt := make([]byte, 64)
	offs := make([]int, 64)
	for i := range offs {
		offs[i] = i
	}
	for i := 0; i < n; i++ {
		scan(pkt, offs)
	}
}
`
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "main.go", src, 0)
	if err != nil {
		b.Fatal(err)
	}
	tp := &typecheck.Package{Path: "main", Files: []*ast.File{f}}
	if err := typecheck.Check(fset, []*typecheck.Package{tp}, typecheck.Config{}); err != nil {
		b.Fatal(err)
	}
	out, err := rewrite.Apply(&rewrite.Package{Fset: fset, Files: tp.Files, Src: map[*ast.File][]byte{f: []byte(src)}, Types: tp.Types, Info: tp.Info})
	if err != nil {
		b.Fatal(err)
	}
	if !strings.Contains(string(out[f]), "_slCheck.Index(") || !strings.Contains(string(out[f]), "_slCheck.SliceFrom(") {
		b.Fatalf("scan is not checked:\n%s", out[f])
	}
	b.Run("go", func(b *testing.B) {
		pkt, offs := make([]byte, 64), make([]int, 64)
		for i := range offs {
			offs[i] = i
		}
		for b.Loop() {
			compiledScan(pkt, offs)
		}
	})
	for _, v := range []struct{ name, src string }{{"as-written", src}, {"rewritten", string(out[f])}} {
		b.Run(v.name, func(b *testing.B) {
			i := interp.New(interp.Options{})
			if err := i.Use(stdlib.Symbols); err != nil {
				b.Fatal(err)
			}
			if err := i.Use(liftpkg.Symbols()); err != nil {
				b.Fatal(err)
			}
			if _, err := i.Eval(v.src); err != nil {
				b.Fatal(err)
			}
			fn, err := i.Eval("main.Loop")
			if err != nil {
				b.Fatal(err)
			}
			loop := fn.Interface().(func(int))
			b.ResetTimer()
			loop(b.N)
		})
	}
}

// compiledScan is the benchmark's scan, compiled.
//
//go:noinline
func compiledScan(pkt []byte, offs []int) (sum int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("scan: %v", r)
		}
	}()
	for _, off := range offs {
		sum += int(pkt[off]) + len(pkt[off:])
	}
	return sum, nil
}
