package typecheck

import (
	"go/ast"
	"go/parser"
	"go/token"
	"testing"
)

// TestMemProfiled: the memory profile is kept where a Go build keeps it
// (see memProfileReaders, and the corpus programs memprofilerate-*, which
// compare with one), by the script or by a package of its own.
func TestMemProfiled(t *testing.T) {
	for _, tc := range []struct {
		name  string
		files []string // the script, then a package of its own (import "app/stats")
		want  bool
	}{
		{"none", []string{`package main

import (
	"fmt"
	"runtime"
)

func main() { fmt.Println(runtime.MemProfileRate, runtime.NumGoroutine()) }
`}, false},
		{"memstats", []string{`package main

import "runtime"

func main() { var m runtime.MemStats; runtime.ReadMemStats(&m) }
`}, false},
		{"runtime.MemProfile", []string{`package main

import "runtime"

func main() { n, _ := runtime.MemProfile(nil, true); _ = n }
`}, true},
		{"pprof.Lookup", []string{`package main

import (
	"os"
	"runtime/pprof"
)

func main() { pprof.Lookup("heap").WriteTo(os.Stdout, 1) }
`}, true},
		{"pprof.WriteHeapProfile as a value", []string{`package main

import (
	"io"
	"runtime/pprof"
)

var write func(io.Writer) error = pprof.WriteHeapProfile

func main() { _ = write }
`}, true},
		{"pprof labels and the CPU profile", []string{`package main

import (
	"context"
	"io"
	"runtime/pprof"
)

func main() {
	pprof.Do(context.Background(), pprof.Labels("k", "v"), func(context.Context) {})
	pprof.StartCPUProfile(io.Discard)
	pprof.StopCPUProfile()
}
`}, false},
		{"net/http/pprof", []string{`package main

import (
	"net/http"
	_ "net/http/pprof"
)

func main() { _ = http.DefaultServeMux }
`}, true},
		{"a function of the script's named Lookup", []string{`package main

func Lookup(string) int { return 0 }

func main() { _ = Lookup("heap") }
`}, false},
		{"a package of the script's own", []string{`package main

import "app/stats"

func main() { stats.Heap() }
`, `package stats

import (
	"os"
	"runtime/pprof"
)

func Heap() { pprof.WriteHeapProfile(os.Stdout) }
`}, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			fset := token.NewFileSet()
			var pkgs []*Package
			for i, src := range tc.files {
				f, err := parser.ParseFile(fset, "main.go", src, 0)
				if err != nil {
					t.Fatal(err)
				}
				path := "main"
				if i > 0 {
					path = "app/" + f.Name.Name
				}
				pkgs = append(pkgs, &Package{Path: path, Files: []*ast.File{f}})
			}
			// A package is checked after the packages it imports.
			for i, j := 0, len(pkgs)-1; i < j; i, j = i+1, j-1 {
				pkgs[i], pkgs[j] = pkgs[j], pkgs[i]
			}
			if err := Check(fset, pkgs, Config{}); err != nil {
				t.Fatal(err)
			}
			if got := MemProfiled(pkgs); got != tc.want {
				t.Errorf("MemProfiled = %t, want %t", got, tc.want)
			}
		})
	}
}
