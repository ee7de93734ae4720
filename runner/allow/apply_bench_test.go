package allow

import (
	"go/parser"
	"go/token"
	"strings"
	"testing"
)

// BenchmarkStartCost measures what the allowlist adds to a script's
// start-up, as a fresh script process pays it: finding the packages in the
// audit, parsing their lines, filtering the tables and checking the source.
func BenchmarkStartCost(b *testing.B) {
	src := `package main

import (
	"fmt"
	"net"
	"net/http"
	"os"
)

func main() {
	ln, _ := net.Listen("tcp", "127.0.0.1:0")
	http.Serve(ln, nil)
	os.ReadFile("x")
	fmt.Println("hello")
}
`
	want := map[string]bool{".": true, "fmt": true, "net": true, "net/http": true, "os": true}
	tables := Tables()
	for i := 0; i < b.N; i++ {
		for _, t := range tables {
			Apply(t, Flags{}, func(p string) bool { return want[p] })
		}
		fset := token.NewFileSet()
		f, _ := parser.ParseFile(fset, "main.go", src, 0)
		Check(fset, f, Flags{}, func(p string) string { return p[strings.LastIndex(p, "/")+1:] })
	}
}
