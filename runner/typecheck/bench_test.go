package typecheck

import (
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"testing"
)

// The cost of checking a script before it runs, side by side with what
// socklab did before (parsing, and checking with every import empty, only
// to find unused variables). Run it with
//
//	go test ./runner/typecheck -run '^$' -bench Check
//
// Each iteration starts afresh, as a script process does: no package is
// imported yet (only the archive's index, read once, is kept).
var benchScripts = []struct{ name, src string }{
	{"hello", `package main

import (
	"fmt"
	"net"
)

func main() { fmt.Println("Hello from", net.JoinHostPort("127.0.0.1", "12345")) }
`},
	{"lesson", `package main

import (
	"fmt"
	"strings"

	"github.com/socklab/socklab/stdlib/console"
	"github.com/socklab/socklab/stdlib/sock"
)

func main() {
	ln := sock.Listen("127.0.0.1:12345")
	defer ln.Close()
	conn, addr := ln.Accept()
	defer conn.Close()
	fmt.Println("Connected to:", addr)
	for {
		conn.SendLine(console.Input("Input message: "))
		reply, ok := conn.RecvLine()
		if !ok || strings.EqualFold(reply, "bye") {
			return
		}
		fmt.Println("Client wrote:", reply)
	}
}
`},
}

func BenchmarkCheck(b *testing.B) {
	for _, s := range benchScripts {
		b.Run(s.name+"/before", func(b *testing.B) {
			for b.Loop() {
				fset := token.NewFileSet()
				f := parse(b, fset, s.src)
				conf := types.Config{Importer: emptyImporter{}, Error: func(error) {}}
				conf.Check("main", fset, []*ast.File{f}, nil)
			}
		})
		b.Run(s.name+"/typecheck", func(b *testing.B) {
			for b.Loop() {
				fset := token.NewFileSet()
				f := parse(b, fset, s.src)
				if err := Check(fset, []*Package{{Path: "main", Files: []*ast.File{f}}}, Config{}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func parse(b *testing.B, fset *token.FileSet, src string) *ast.File {
	f, err := parser.ParseFile(fset, "script.go", src, parser.SkipObjectResolution)
	if err != nil {
		b.Fatal(err)
	}
	return f
}

// emptyImporter gives every import an empty package, as socklab's check
// for unused variables did before the export data.
type emptyImporter struct{}

func (emptyImporter) Import(path string) (*types.Package, error) {
	name := path[len(path)-len(lastElem(path)):]
	p := types.NewPackage(path, name)
	p.MarkComplete()
	return p, nil
}

func lastElem(path string) string {
	for i := len(path) - 1; i >= 0; i-- {
		if path[i] == '/' {
			return path[i+1:]
		}
	}
	return path
}
