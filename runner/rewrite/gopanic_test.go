package rewrite_test

import (
	"strings"
	"testing"
)

// TestGoPanicsWhere checks which go statements start their function
// inside one that reports a panic no recover stopped: those of a package
// that panics with a value other than a string, whose function is a
// literal, a function or method of the package, generic or not, a
// function value, or a method of Go's library; not a builtin, fmt's
// printing, nor a function of Go's library that calls nothing back.
func TestGoPanicsWhere(t *testing.T) {
	const report = ".GoPanic(r) } }(); func() {"
	for _, c := range []struct {
		name, src string
		wrapped   bool
	}{
		{"error value", `package main

import "errors"

func main() {
	done := make(chan bool)
	go func() { panic(errors.New("boom")) }()
	<-done
}
`, true},
		{"value elsewhere", `package main

type Code int

func fail() { panic(Code(5)) }

func main() {
	done := make(chan bool)
	go func(n int) {
		if n > 1 {
			fail()
		}
		done <- true
	}(2)
	<-done
}
`, true},
		{"strings only", `package main

import "fmt"

func main() {
	done := make(chan bool)
	go func() { panic(fmt.Sprint("boom ", 1)) }()
	go func() { panic("boom") }()
	<-done
}
`, false},
		{"runtime errors only", `package main

func main() {
	done := make(chan bool)
	go func() {
		var m map[string]int
		m["a"] = 1
	}()
	<-done
}
`, false},
		{"a literal with results", `package main

func main() {
	done := make(chan bool)
	go func() (n int, err error) { panic(42) }()
	<-done
}
`, true},
		{"a function of the package", `package main

type Code int

func worker(id int, jobs <-chan int, tags ...string) {
	for j := range jobs {
		if j > id {
			panic(Code(j))
		}
	}
}

func main() {
	jobs := make(chan int)
	go worker(1, jobs, "a")
	go worker(2, jobs)
	jobs <- 3
}
`, true},
		{"a method of the package", `package main

type Code int

type server struct{ limit int }

func (s *server) serve(n int) {
	if n > s.limit {
		panic(Code(n))
	}
}

func main() {
	s := &server{1}
	go s.serve(2)
	select {}
}
`, true},
		{"a generic function", `package main

func fail[T any](v T) { panic(v) }

func main() {
	done := make(chan bool)
	go fail(42)
	<-done
}
`, true},
		{"a function value", `package main

func main() {
	handle := func(n int, tags ...string) { panic(n) }
	go handle(1, "a")
	select {}
}
`, true},
		{"a function value of a type declared in main", `package main

func main() {
	type job struct{ id int }
	handle := func(j job) { panic(j.id) }
	go handle(job{1})
	select {}
}
`, true},
		{"a method of Go's library", `package main

import "sync"

func main() {
	var once sync.Once
	go once.Do(func() { panic(1) })
	select {}
}
`, true},
		{"builtins, printing and a library function that calls nothing back", `package main

import (
	"fmt"
	"time"
)

func main() {
	ch := make(chan int)
	go close(ch)
	go fmt.Println("hi")
	go time.Sleep(time.Second)
	panic(1)
}
`, false},
	} {
		t.Run(c.name, func(t *testing.T) {
			switch {
			case c.wrapped && strings.Contains(c.src, "go worker"):
				// One function for both statements, which keep their arguments.
				liftHolds(t, c.src, []string{".GoPanic(r) } }(); worker(_p", "(1, jobs, \"a\")", "(2, jobs)"}, []string{"go worker("})
			case c.wrapped && strings.Contains(c.src, "go s.serve"):
				// The receiver is evaluated at the statement, as Go does.
				liftHolds(t, c.src, []string{"go _go", "s, /*line", "(_r", " *server, _p", ".GoPanic(r) } }(); _r"}, []string{"go s.serve("})
			case c.wrapped && strings.Contains(c.src, "go func() (n int"):
				// The body's copy declares the literal's results.
				liftHolds(t, c.src, []string{"GoPanic(r) } }(); return func() (n int, err error) {/*line ", " }()/*line "}, nil)
			case c.wrapped && strings.Contains(c.src, "go fail(42)"):
				// The instance is handed on as the statement evaluated it.
				liftHolds(t, c.src, []string{"(_f", " func(int), _p", "GoPanic(r) } }(); _f", "(/*line :7:5*/"}, []string{"go fail("})
			case c.wrapped && strings.Contains(c.src, "type job"):
				// A literal in a block around the statement, which can name job.
				liftHolds(t, c.src, []string{"{ _go", " func(job)) func(job) { return func(_p", "GoPanic(r) } }(); _f", "/*line :6:5*/handle); go _go"}, []string{"go handle("})
			case c.wrapped && strings.Contains(c.src, "go handle"):
				liftHolds(t, c.src, []string{" func(int, ...string), _p", " ...string) { defer func() { if r := recover(); r != nil {", "/*line :5:5*/handle, /*line :5:12*/1"}, []string{"go handle("})
			case c.wrapped && strings.Contains(c.src, "go once.Do"):
				// The receiver's address, as the statement evaluates it.
				liftHolds(t, c.src, []string{"go _go", "(&/*line :7:5*/once, /*line :7:13*/func()", "(_r", " *sync.Once, _p", " func()) { defer func() { if r := recover(); r != nil {", "GoPanic(r) } }(); _r"}, []string{"go once.Do("})
			case c.wrapped:
				liftHolds(t, c.src, []string{report, " }()/*line "}, nil)
			default:
				liftHolds(t, c.src, nil, []string{"GoPanic"})
			}
		})
	}
}
