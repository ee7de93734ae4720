package rewrite_test

import (
	"strings"
	"testing"

	liftpkg "github.com/socklab/socklab/runner/lift"
	"github.com/traefik/yaegi/interp"
	"github.com/traefik/yaegi/stdlib"
)

// BenchmarkPrintRuntimeFormat measures what a format known only at run
// time costs in the interpreter, per call of a logf wrapper that forwards
// its format and arguments to fmt.Sprintf, as written and as pass
// printing rewrites it (the spread arguments asked for the script's types
// and the format read by lift.Sprintf): with a script's struct among the
// arguments, and with an int and a string alone.
func BenchmarkPrintRuntimeFormat(b *testing.B) {
	const head = `package main

import "fmt"

type Peer struct {
	Name string
	port int
}

func logf(format string, args ...any) string { return fmt.Sprintf("kv: "+format, args...) }
`
	for _, loop := range []struct{ name, body string }{
		{"struct", "p := Peer{\"a\", 80}\n\ts := 0\n\tfor i := 0; i < n; i++ {\n\t\ts += len(logf(\"%v %+v\", p, i))\n\t}\n\t_ = s"},
		{"plain", "s := 0\n\tfor i := 0; i < n; i++ {\n\t\ts += len(logf(\"%d %s\", i, \"x\"))\n\t}\n\t_ = s"},
	} {
		src := head + "\nfunc Loop(n int) {\n\t" + loop.body + "\n}\n"
		out := string(applied(b, src))
		if !strings.Contains(out, ".Sprintf(\"kv: \"+format, _slKepts") {
			b.Fatalf("the pass did not rewrite the call:\n%s", out)
		}
		for _, v := range []struct{ name, src string }{{"as-written", src}, {"rewritten", out}} {
			b.Run(loop.name+"/"+v.name, func(b *testing.B) {
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
				run := fn.Interface().(func(int))
				b.ReportAllocs()
				b.ResetTimer()
				run(b.N)
			})
		}
	}
}
