package rewrite_test

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	liftpkg "github.com/socklab/socklab/runner/lift"
	"github.com/socklab/socklab/runner/rewrite"
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
		p := checked(b, name, string(src))
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
	out := string(applied(b, src))
	if !strings.Contains(out, "NewDefers") {
		b.Fatalf("two has no frame:\n%s", out)
	}
	benchLoop(b, src, out)
}

// BenchmarkDeferredValue measures what pass deferredvalue costs a call
// of a function that defers a function literal held in a variable, in the
// interpreter: rewritten by the other passes alone (where its recover()
// never stops a panic) and by all, when nothing panics; and, when the
// function panics each call, rewritten against the literal deferred where
// it is written, which the interpreter recovers in as Go does.
func BenchmarkDeferredValue(b *testing.B) {
	const calm = `package main

type S struct{ n int }

func guarded(s *S) {
	catch := func() {
		if r := recover(); r != nil {
			s.n--
		}
	}
	defer catch()
	s.n++
}

func Loop(n int) {
	s := &S{}
	for i := 0; i < n; i++ {
		guarded(s)
	}
}
`
	lifted := string(applied(b, calm))
	wrap := regexp.MustCompile(`_sl\d+\.Deferred\(/\*line :\d+:\d+\*/(\w+), _recover\w+\)/\*line :\d+:\d+\*/`)
	if !wrap.MatchString(lifted) {
		b.Fatalf("the deferred value is not lifted:\n%s", lifted)
	}
	others := wrap.ReplaceAllString(lifted, "$1")
	panicking := strings.Replace(calm, "\ts.n++\n}", "\ts.n++\n\tpanic(s.n)\n}", 1)
	written := strings.Replace(strings.Replace(panicking, "catch := func() {", "defer func() {", 1), "\t}\n\tdefer catch()\n", "\t}()\n", 1)
	for _, v := range []struct{ name, src string }{
		{"calm/other-passes", others},
		{"calm/rewritten", lifted},
		{"panicking/deferred-where-written", string(applied(b, written))},
		{"panicking/rewritten", string(applied(b, panicking))},
	} {
		b.Run(v.name, func(b *testing.B) {
			fn, err := interpreter(b, v.src).Eval("main.Loop")
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
	out := string(applied(b, src))
	if !strings.Contains(out, "_slCheck.Index(") || !strings.Contains(out, "_slCheck.SliceFrom(") {
		b.Fatalf("scan is not checked:\n%s", out)
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
	benchLoop(b, src, out)
}

// benchLoop measures main.Loop(b.N) of src as written and as the passes
// rewrite it, each under the interpreter with lift's symbols.
func benchLoop(b *testing.B, src, rewritten string) {
	for _, v := range []struct{ name, src string }{{"as-written", src}, {"rewritten", rewritten}} {
		b.Run(v.name, func(b *testing.B) {
			fn, err := interpreter(b, v.src).Eval("main.Loop")
			if err != nil {
				b.Fatal(err)
			}
			loop := fn.Interface().(func(int))
			b.ResetTimer()
			loop(b.N)
		})
	}
}

// interpreter is an interpreter of Go's library and lift's symbols that
// has evaluated src, as a benchmark runs it.
func interpreter(b *testing.B, src string) *interp.Interpreter {
	b.Helper()
	i := interp.New(interp.Options{})
	if err := i.Use(stdlib.Symbols); err != nil {
		b.Fatal(err)
	}
	if err := i.Use(liftpkg.Symbols()); err != nil {
		b.Fatal(err)
	}
	if _, err := i.Eval(src); err != nil {
		b.Fatal(err)
	}
	return i
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

// BenchmarkErrorsIs measures what errors.Is with a sentinel of the
// script's type costs once rewritten as lift.ErrorsIs (pass ifaceequal),
// which calls each error's method of socklab's name for its value and its
// type's name: a pointer sentinel and a value sentinel found under two %w
// layers, in the interpreter as written (where errors.Is does not find
// them) and rewritten, and Go's errors.Is compiled.
func BenchmarkErrorsIs(b *testing.B) {
	const src = `package main

import (
	"errors"
	"fmt"
)

type Gone struct{ Peer string }

func (g *Gone) Error() string { return g.Peer + " gone" }

type Status int

func (s Status) Error() string { return "status" }

var ErrGone = &Gone{"client"}

const NotFound Status = 404

var found bool

func Loop(n int) {
	var gone, status error = ErrGone, NotFound
	gone = fmt.Errorf("a: %w", fmt.Errorf("b: %w", gone))
	status = fmt.Errorf("a: %w", fmt.Errorf("b: %w", status))
	for i := 0; i < n; i++ {
		found = errors.Is(gone, ErrGone) && errors.Is(status, NotFound)
	}
}
`
	out := string(applied(b, src))
	if !strings.Contains(out, "ErrorsIs") {
		b.Fatalf("errors.Is is not rewritten:\n%s", out)
	}
	b.Run("compiled", func(b *testing.B) {
		var gone, status error = &compiledGone{"client"}, compiledStatus(404)
		target := gone
		gone = fmt.Errorf("a: %w", fmt.Errorf("b: %w", gone))
		status = fmt.Errorf("a: %w", fmt.Errorf("b: %w", status))
		b.ReportAllocs()
		for b.Loop() {
			compiledFound = errors.Is(gone, target) && errors.Is(status, compiledStatus(404))
		}
	})
	for _, v := range []struct{ name, src string }{{"as-written", src}, {"rewritten", out}} {
		b.Run(v.name, func(b *testing.B) {
			i := interpreter(b, "package main")
			if err := i.Use(liftpkg.ErrorWrapperTable(i)); err != nil {
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
			b.ReportAllocs()
			b.ResetTimer()
			loop(b.N)
		})
	}
}

// compiledGone and compiledStatus are the benchmark's errors, compiled.
type (
	compiledGone   struct{ Peer string }
	compiledStatus int
)

func (g *compiledGone) Error() string { return g.Peer + " gone" }
func (compiledStatus) Error() string  { return "status" }

var compiledFound bool

// BenchmarkPendingFunc measures what handing a function declared after a
// literal through a parameter (pass pendingfunc) costs each evaluation of
// the value: strings.Map of one rune in a literal, with the function
// declared before the literal (left as written) and after it (rewritten).
func BenchmarkPendingFunc(b *testing.B) {
	const loop = `
func Loop(n int) {
	func() {
		for i := 0; i < n; i++ {
			strings.Map(up, "a")
		}
	}()
}
`
	const up = "\nfunc up(r rune) rune { return r - 32 }\n"
	before := "package main\n\nimport \"strings\"\n" + up + loop
	after := "package main\n\nimport \"strings\"\n" + loop + up
	lifted := string(applied(b, after))
	if !strings.Contains(lifted, "{ return _fn1 }(") {
		b.Fatalf("up is not lifted:\n%s", lifted)
	}
	for _, v := range []struct{ name, src string }{{"declared-before", before}, {"declared-after/rewritten", lifted}} {
		b.Run(v.name, func(b *testing.B) {
			fn, err := interpreter(b, v.src).Eval("main.Loop")
			if err != nil {
				b.Fatal(err)
			}
			loop := fn.Interface().(func(int))
			b.ResetTimer()
			loop(b.N)
		})
	}
}
