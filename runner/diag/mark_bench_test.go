package diag_test

import (
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"testing"

	"github.com/socklab/socklab/runner/diag"
	"github.com/socklab/socklab/runner/seedpython"
	"github.com/socklab/socklab/runner/typecheck"
	"github.com/traefik/yaegi/interp"
	"github.com/traefik/yaegi/stdlib"
)

// The cost of marking, measured on the interpreter as socklab runs it:
// the same programs, marked and not, side by side with Go and python3
// doing the same work. Run with
//
//	go test ./runner/diag -run '^$' -bench Marked -benchtime 5x
//
// leaf is a function that cannot panic, called in a loop (it keeps no
// marker); calls is one that can (each call pays for the deferred function
// marking adds); loop is a loop of statements with indexes and
// divisions (each statement pays for its marker and saved values);
// lesson is a lesson's server-side work per message.
var benchPrograms = map[string]string{
	"leaf": `package main

func add(a, b int) int { return a + b }

func Run(n int) int {
	s := 0
	for i := 0; i < n; i++ {
		s = add(s, i)
	}
	return s
}
`,
	"calls": `package main

func at(a []int, i int) int { return a[i] }

func Run(n int) int {
	a := []int{1, 2, 3}
	s := 0
	for i := 0; i < n; i++ {
		s += at(a, i%3)
	}
	return s
}
`,
	"loop": `package main

func Run(n int) int {
	a := []int{3, 1, 4, 1, 5, 9, 2, 6}
	s := 0
	for i := 0; i < n; i++ {
		j := i % len(a)
		s += a[j] / (j + 1)
		a[j] = s % 10
	}
	return s
}
`,
	"lesson": `package main

import (
	"strconv"
	"strings"
)

func reply(line string, secret int) string {
	parts := strings.Split(line, " ")
	if len(parts) != 2 || parts[0] != "GUESS" {
		return "ERROR"
	}
	n, err := strconv.Atoi(parts[1])
	switch {
	case err != nil:
		return "ERROR"
	case n < secret:
		return "HIGHER"
	case n > secret:
		return "LOWER"
	}
	return "CORRECT"
}

func Run(n int) int {
	c := 0
	for i := 0; i < n; i++ {
		if reply("GUESS "+strconv.Itoa(i%100), 50) == "CORRECT" {
			c++
		}
	}
	return c
}
`,
}

// compiled are the same programs built by Go.
var compiled = map[string]func(n int) int{
	"leaf": func(n int) int {
		s := 0
		for i := 0; i < n; i++ {
			s = goAdd(s, i)
		}
		return s
	},
	"calls": func(n int) int {
		a := []int{1, 2, 3}
		s := 0
		for i := 0; i < n; i++ {
			s += goAt(a, i%3)
		}
		return s
	},
	"loop": func(n int) int {
		a := []int{3, 1, 4, 1, 5, 9, 2, 6}
		s := 0
		for i := 0; i < n; i++ {
			j := i % len(a)
			s += a[j] / (j + 1)
			a[j] = s % 10
		}
		return s
	},
	"lesson": func(n int) int {
		c := 0
		for i := 0; i < n; i++ {
			if goReply("GUESS "+strconv.Itoa(i%100), 50) == "CORRECT" {
				c++
			}
		}
		return c
	},
}

//go:noinline
func goAdd(a, b int) int { return a + b }

//go:noinline
func goAt(a []int, i int) int { return a[i] }

//go:noinline
func goReply(line string, secret int) string {
	parts := strings.Split(line, " ")
	if len(parts) != 2 || parts[0] != "GUESS" {
		return "ERROR"
	}
	n, err := strconv.Atoi(parts[1])
	switch {
	case err != nil:
		return "ERROR"
	case n < secret:
		return "HIGHER"
	case n > secret:
		return "LOWER"
	}
	return "CORRECT"
}

// pythonPrograms do the same work in Python; each prints the nanoseconds
// one iteration took, its start-up aside.
var pythonPrograms = map[string]string{
	"leaf": `
def add(a, b):
    return a + b
def run(n):
    s = 0
    for i in range(n):
        s = add(s, i)
    return s`,
	"calls": `
def at(a, i):
    return a[i]
def run(n):
    a = [1, 2, 3]
    s = 0
    for i in range(n):
        s += at(a, i % 3)
    return s`,
	"loop": `
def run(n):
    a = [3, 1, 4, 1, 5, 9, 2, 6]
    s = 0
    for i in range(n):
        j = i % len(a)
        s += a[j] // (j + 1)
        a[j] = s % 10
    return s`,
	"lesson": `
def reply(line, secret):
    parts = line.split(" ")
    if len(parts) != 2 or parts[0] != "GUESS":
        return "ERROR"
    try:
        n = int(parts[1])
    except ValueError:
        return "ERROR"
    if n < secret:
        return "HIGHER"
    if n > secret:
        return "LOWER"
    return "CORRECT"
def run(n):
    c = 0
    for i in range(n):
        if reply("GUESS " + str(i % 100), 50) == "CORRECT":
            c += 1
    return c`,
}

const pythonTiming = `
import sys, time
n = int(sys.argv[1])
t = time.perf_counter_ns()
run(n)
print((time.perf_counter_ns() - t) / n)
`

// BenchmarkMarked runs each program compiled by Go, in python3, and in
// the interpreter: as written, marked without type information (Mark),
// and marked as socklab runs a script (MarkTyped, with the type checker's
// facts).
func BenchmarkMarked(b *testing.B) {
	python, hasPython := seedpython.Find()
	const n = 20000
	for _, name := range []string{"leaf", "calls", "loop", "lesson"} {
		b.Run(name+"/go", func(b *testing.B) {
			for range b.N {
				compiled[name](n)
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*n), "ns/iteration")
		})
		b.Run(name+"/python3", func(b *testing.B) {
			if !hasPython {
				b.Skip("no python3")
			}
			total := 0.0
			for range b.N {
				out, err := exec.Command(python, "-c", pythonPrograms[name]+pythonTiming, strconv.Itoa(n)).Output()
				if err != nil {
					b.Fatal(err)
				}
				ns, err := strconv.ParseFloat(strings.TrimSpace(string(out)), 64)
				if err != nil {
					b.Fatal(err)
				}
				total += ns
			}
			b.ReportMetric(total/float64(b.N), "ns/iteration")
		})
		for _, how := range []string{"interpreted", "marked-untyped", "marked"} {
			b.Run(name+"/"+how, func(b *testing.B) {
				src := []byte(benchPrograms[name])
				switch how {
				case "marked-untyped":
					src = diag.Mark("bench.go", src)
				case "marked":
					src = diag.MarkTyped("bench.go", src, facts(b, src))
				}
				i := interp.New(interp.Options{})
				i.Use(stdlib.Symbols)
				i.Use(interp.Exports{diag.PosPackage + "/pos": diag.Symbols()})
				if _, err := i.Eval(string(src)); err != nil {
					b.Fatal(err)
				}
				v, err := i.Eval("main.Run")
				if err != nil {
					b.Fatal(err)
				}
				run := v.Interface().(func(int) int)
				b.ResetTimer()
				for range b.N {
					run(n)
				}
				b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*n), "ns/iteration")
			})
		}
	}
}

// facts type-checks src as socklab checks a script and returns what the
// type checker knows of it.
func facts(b *testing.B, src []byte) *diag.Facts {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "bench.go", src, parser.ParseComments)
	if err != nil {
		b.Fatal(err)
	}
	pkgs := []*typecheck.Package{{Path: "main", Files: []*ast.File{f}}}
	if err := typecheck.Check(fset, pkgs, typecheck.Config{}); err != nil {
		b.Fatal(err)
	}
	return diag.NewFacts(fset, f, src, pkgs[0].Info, func(p *types.Package) bool { return p == pkgs[0].Types })
}

// BenchmarkMark measures marking itself, which every run pays once per
// file before the script starts: here the largest lesson program.
func BenchmarkMark(b *testing.B) {
	src, err := os.ReadFile("../../scripts/11-scissors-paper-stone/server.go")
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(src)))
	for range b.N {
		diag.Mark("server.go", src)
	}
}
