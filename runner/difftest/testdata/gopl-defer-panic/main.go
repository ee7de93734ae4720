// difftest: same
package main

// defer1, and the recover examples, of chapter 5 of The Go Programming
// Language: f(3) recurses down to f(0), whose division by zero panics;
// the deferred prints run while the stack unwinds; then soleTitle's
// recover of a panic with a value of its own type (bailout), which turns
// one panic into an error and re-raises any other.

import (
	"fmt"
	"strings"
)

func f(x int) {
	fmt.Printf("f(%d)\n", x+0/x) // panics if x == 0
	defer fmt.Printf("defer %d\n", x)
	f(x - 1)
}

func protect(g func()) (err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("recovered: %v", p)
		}
	}()
	g()
	return nil
}

// soleTitle returns the text of the first non-empty title element
// in doc, and an error if there was not exactly one.
func soleTitle(titles []string) (title string, err error) {
	type bailout struct{}

	defer func() {
		switch p := recover(); p {
		case nil:
			// no panic
		case bailout{}:
			// "expected" panic
			err = fmt.Errorf("multiple title elements")
		default:
			panic(p) // unexpected panic; carry on panicking
		}
	}()

	for _, t := range titles {
		if strings.TrimSpace(t) == "" {
			continue
		}
		if title != "" {
			panic(bailout{}) // multiple title elements
		}
		title = t
	}
	if title == "" {
		return "", fmt.Errorf("no title element")
	}
	return title, nil
}

func main() {
	fmt.Println(protect(func() { f(3) }))
	fmt.Println(soleTitle([]string{"", "The Go Programming Language"}))
	fmt.Println(soleTitle([]string{"a", " ", "b"}))
	fmt.Println(soleTitle(nil))
	fmt.Println(protect(func() {
		var m map[string]int
		m["x"] = 1
	}))
	fmt.Println(protect(func() {
		soleTitle([]string{"x", "y"})
		var s []int
		_ = s[5]
	}))
	f(2)
}
