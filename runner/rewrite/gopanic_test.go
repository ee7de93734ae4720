package rewrite_test

import "testing"

// TestGoPanicsWhere checks which go statements' literals run their body
// inside one that reports a panic no recover stopped: those of a package
// that panics with a value other than a string, without results.
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
	} {
		t.Run(c.name, func(t *testing.T) {
			if c.wrapped {
				liftHolds(t, c.src, []string{report, " }()/*line "}, nil)
			} else {
				liftHolds(t, c.src, nil, []string{"GoPanic"})
			}
		})
	}
}
