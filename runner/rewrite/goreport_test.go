package rewrite_test

import (
	"strings"
	"testing"
)

// TestGoReportLocal checks the go statements whose callee's type can be
// written only where the statement is: a literal in a block around it
// takes the callee, in a generic function's copies too, with the type
// parameter spelled as each instance's type.
func TestGoReportLocal(t *testing.T) {
	liftHolds(t, `package main

import "sync"

type Code int

func check[T comparable](v, bad T, wg *sync.WaitGroup) {
	defer wg.Done()
	if v == bad {
		panic(Code(1))
	}
}

func fanOut[T comparable](vs []T, bad T) {
	var wg sync.WaitGroup
	for _, v := range vs {
		wg.Add(1)
		go check(v, bad, &wg)
	}
	wg.Wait()
}

func main() {
	fanOut([]int{1, 2}, 2)
	fanOut([]string{"a"}, "b")
}
`, []string{
		" func(T, T, *sync.WaitGroup)) func(T, T, *sync.WaitGroup) { return func(_p",
		" func(int, int, *sync.WaitGroup)) func(int, int, *sync.WaitGroup) { return func(_p",
		" func(string, string, *sync.WaitGroup)) func(string, string, *sync.WaitGroup) { return func(_p",
		"GoPanic(r) } }(); _f",
	}, []string{"go check("})
}

// TestGoReportRefused checks the refusal of a go statement whose callee's
// type names a type that another declaration hides at the statement.
func TestGoReportRefused(t *testing.T) {
	refuses(t, `package main

func main() {
	type job struct{ id int }
	run := func(j job) { panic(j.id) }
	j := job{1}
	{
		type job struct{ name string }
		go run(j)
		_ = job{}
	}
	select {}
}
`, "main.go:9:6: the report of a panic that no recover stops in the goroutine this go statement starts would print the interpreter's value (<int Value>), and the function's type has no spelling here")
}

// TestGoMethodInGeneric checks that a go statement calling a method in a
// generic function goes through gocallee's reporting function in each of
// the function's copies too, which pass generics writes as the passes
// edited the function.
func TestGoMethodInGeneric(t *testing.T) {
	out := string(lift(t, "main.go", `package main

type Code int

type worker struct{ id int }

func (w *worker) run(n int) { panic(Code(n)) }

func start[T any](w *worker, v T, n int) {
	go w.run(n)
}

func main() {
	start(&worker{1}, "a", 1)
	start(&worker{2}, 2.5, 2)
	select {}
}
`))
	if n := strings.Count(out, "go _go"); n != 3 {
		t.Errorf("want the statement through gocallee's function in the function and its two copies, got %d in:\n%s", n, out)
	}
	if strings.Contains(out, "go w.run(") {
		t.Errorf("a copy starts the method as it is:\n%s", out)
	}
}
