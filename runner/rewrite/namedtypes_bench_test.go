package rewrite_test

import (
	"strings"
	"testing"

	liftpkg "github.com/socklab/socklab/runner/lift"
	"github.com/traefik/yaegi/interp"
	"github.com/traefik/yaegi/stdlib"
)

// BenchmarkNamedTypes measures what telling a script's named types apart
// costs in the interpreter, per iteration of a loop: a type switch on
// values of a type on uint8 with a String method and on uint8, a call of
// that String, fmt.Sprint of the value, and a type switch on two struct
// types of the same fields (and, to compare, on two of fields of their
// own, which the passes leave as they are), each as written (which the
// interpreter runs, but answers wrongly where the types look alike) and
// as the passes rewrite it (basicnamed's pool type with methods,
// structmark's tags).
func BenchmarkNamedTypes(b *testing.B) {
	const head = `package main

import "fmt"

type Kind uint8

const (
	Hello Kind = iota + 1
	Bye
)

func (k Kind) String() string {
	if k == Hello {
		return "HELLO"
	}
	return "BYE"
}

type Join struct{ Name string }
type Leave struct{ Name string }
type Joined struct{ Name string }
type Left struct{ Who string }

var _ = fmt.Sprint
`
	for _, loop := range []struct{ name, body string }{
		{"kind-switch", "vals := []any{Hello, uint8(2), Bye}\n\ts := 0\n\tfor i := 0; i < n; i++ {\n\t\tswitch x := vals[i%3].(type) {\n\t\tcase Kind:\n\t\t\ts += int(x)\n\t\tcase uint8:\n\t\t\ts++\n\t\t}\n\t}\n\t_ = s"},
		{"kind-string", "k := Bye\n\ts := 0\n\tfor i := 0; i < n; i++ {\n\t\ts += len(k.String())\n\t}\n\t_ = s"},
		{"kind-sprint", "k := Bye\n\ts := 0\n\tfor i := 0; i < n; i++ {\n\t\ts += len(fmt.Sprint(k))\n\t}\n\t_ = s"},
		{"struct-switch-own-fields", "vals := []any{Joined{\"a\"}, Left{\"b\"}}\n\ts := 0\n\tfor i := 0; i < n; i++ {\n\t\tswitch x := vals[i%2].(type) {\n\t\tcase Joined:\n\t\t\ts += len(x.Name)\n\t\tcase Left:\n\t\t\ts++\n\t\t}\n\t}\n\t_ = s"},
		{"struct-switch", "vals := []any{Join{\"a\"}, Leave{\"b\"}}\n\ts := 0\n\tfor i := 0; i < n; i++ {\n\t\tswitch x := vals[i%2].(type) {\n\t\tcase Join:\n\t\t\ts += len(x.Name)\n\t\tcase Leave:\n\t\t\ts++\n\t\t}\n\t}\n\t_ = s"},
	} {
		src := head + "\nfunc Loop(n int) {\n\t" + loop.body + "\n}\n"
		out := string(applied(b, src))
		if !strings.Contains(out, "Uint8_String1") || !strings.Contains(out, `socklab:"main.Join"`) {
			b.Fatalf("the passes did not rewrite the types:\n%s", out)
		}
		for _, v := range []struct{ name, src string }{{"as-written", src}, {"rewritten", out}} {
			b.Run(loop.name+"/"+v.name, func(b *testing.B) {
				i := interp.New(interp.Options{})
				if err := i.Use(stdlib.Symbols); err != nil {
					b.Fatal(err)
				}
				if err := i.Use(liftpkg.NamedSymbols([]byte(v.src))); err != nil {
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
