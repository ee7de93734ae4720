package rewrite_test

import (
	"io"
	"log/slog"
	"strings"
	"testing"

	liftpkg "github.com/socklab/socklab/runner/lift"
	"github.com/traefik/yaegi/interp"
	"github.com/traefik/yaegi/stdlib"
)

// BenchmarkSlogShow measures what a slog call with a struct attribute
// costs in the interpreter, to a TextHandler and a JSONHandler on
// io.Discard: as written (the interpreter's copy of the struct, which
// slog printed with its fields renamed) and as pass slogshow rewrites it
// (a stand-in that prints as Go), beside the same call compiled.
func BenchmarkSlogShow(b *testing.B) {
	const head = `package main

import (
	"io"
	"log/slog"
)

type Peer struct {
	host string
	port int
}

var _ = io.Discard
`
	type peer struct {
		host string
		port int
	}
	for _, h := range []string{"Text", "JSON"} {
		b.Run(h+"/compiled", func(b *testing.B) {
			l := slog.New(slog.NewTextHandler(io.Discard, nil))
			if h == "JSON" {
				l = slog.New(slog.NewJSONHandler(io.Discard, nil))
			}
			p := peer{"::1", 80}
			b.ReportAllocs()
			for b.Loop() {
				l.Info("accepted", "peer", p)
			}
		})
		src := head + "\nfunc Loop(n int) {\n\tl := slog.New(slog.New" + h + "Handler(io.Discard, nil))\n\tp := Peer{\"::1\", 80}\n\tfor i := 0; i < n; i++ {\n\t\tl.Info(\"accepted\", \"peer\", p)\n\t}\n}\n"
		out := string(applied(b, src))
		if !strings.Contains(out, ".SlogShow(p, ") {
			b.Fatalf("the pass did not rewrite the argument:\n%s", out)
		}
		for _, v := range []struct{ name, src string }{{"as-written", src}, {"rewritten", out}} {
			b.Run(h+"/"+v.name, func(b *testing.B) {
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
