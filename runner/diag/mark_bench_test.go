package diag_test

import (
	"fmt"
	"os"
	"reflect"
	"testing"

	"github.com/socklab/socklab/runner/diag"
	"github.com/traefik/yaegi/interp"
	"github.com/traefik/yaegi/stdlib"
)

// The cost of marking, measured on the interpreter as socklab runs it:
// the same programs, marked and not. Run with
//
//	go test ./runner/diag -run '^$' -bench Marked -benchtime 3x
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

func BenchmarkMarked(b *testing.B) {
	for _, name := range []string{"leaf", "calls", "loop", "lesson"} {
		for _, marked := range []bool{false, true} {
			b.Run(fmt.Sprintf("%s/marked=%v", name, marked), func(b *testing.B) {
				src := []byte(benchPrograms[name])
				if marked {
					src = diag.Mark("bench.go", src)
				}
				i := interp.New(interp.Options{})
				i.Use(stdlib.Symbols)
				i.Use(interp.Exports{diag.PosPackage + "/pos": {"Exit": reflect.ValueOf(diag.Exit), "Shape": reflect.ValueOf(diag.Shape)}})
				if _, err := i.Eval(string(src)); err != nil {
					b.Fatal(err)
				}
				v, err := i.Eval("main.Run")
				if err != nil {
					b.Fatal(err)
				}
				run := v.Interface().(func(int) int)
				const n = 20000
				b.ResetTimer()
				for range b.N {
					run(n)
				}
				b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*n), "ns/iteration")
			})
		}
	}
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
