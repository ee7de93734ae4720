package rewrite_test

import (
	"strings"
	"testing"

	liftpkg "github.com/socklab/socklab/runner/lift"
	"github.com/traefik/yaegi/interp"
	"github.com/traefik/yaegi/stdlib"
)

// BenchmarkPrintAny measures what printing a script's value through an
// any costs in the interpreter, per fmt.Sprint: a value whose String has
// a value receiver (which the interpreter prints right in the frame that
// stored it) and one of a type without methods, among six types the
// script declares, as written and as pass printing rewrites it (a
// function that asks the value for each type and hands it to lift.Show).
func BenchmarkPrintAny(b *testing.B) {
	const head = `package main

import "fmt"

type V struct{ N int }

func (v V) String() string { return "v" }

type A struct{ A int }
type B struct{ B string }
type C struct{ C []int }
type D struct{ D bool }
type E struct{ E float64 }

var _ = fmt.Sprint
`
	for _, loop := range []struct{ name, body string }{
		{"stringer", "var x any = V{1}\n\ts := 0\n\tfor i := 0; i < n; i++ {\n\t\ts += len(fmt.Sprint(x))\n\t}\n\t_ = s"},
		{"plain", "var x any = 7\n\ts := 0\n\tfor i := 0; i < n; i++ {\n\t\ts += len(fmt.Sprint(x))\n\t}\n\t_ = s"},
	} {
		src := head + "\nfunc Loop(n int) {\n\t" + loop.body + "\n}\n"
		out := string(applied(b, src))
		if !strings.Contains(out, "fmt.Sprint(_slAny") {
			b.Fatalf("the pass did not rewrite the argument:\n%s", out)
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
