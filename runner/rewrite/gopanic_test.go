package rewrite_test

import (
	"strings"
	"testing"
)

// TestGoPanicsWhere checks which go statements start their function
// inside one that reports a panic no recover stopped: those of a package
// that panics with a value other than a string, whose function is a
// literal without results or a function of the package, not generic.
func TestGoPanicsWhere(t *testing.T) {
	const report = ".GoPanic(recover()) }(); func() {"
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
	go func() int { panic(42) }()
	<-done
}
`, false},
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
`, false},
	} {
		t.Run(c.name, func(t *testing.T) {
			switch {
			case c.wrapped && strings.Contains(c.src, "go worker"):
				// One function for both statements, which keep their arguments.
				liftHolds(t, c.src, []string{".GoPanic(recover()) }(); worker(_p", "(1, jobs, \"a\")", "(2, jobs)"}, []string{"go worker("})
			case c.wrapped && strings.Contains(c.src, "go s.serve"):
				// The receiver is evaluated at the statement, as Go does.
				liftHolds(t, c.src, []string{"go _go", "s, /*line", "(_r", " *server, _p", ".GoPanic(recover()) }(); _r"}, []string{"go s.serve("})
			case c.wrapped:
				liftHolds(t, c.src, []string{report, " }()/*line "}, nil)
			default:
				liftHolds(t, c.src, nil, []string{"GoPanic"})
			}
		})
	}
}
