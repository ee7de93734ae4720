// difftest: same
package main

// trace and the other defer examples of chapter 5 of The Go Programming
// Language: a deferred call of the function that trace returns, whose
// receipt runs at entry and whose result runs at exit (the times the book
// prints left out: they vary); double's deferred closure reading the named
// result, and triple's changing it; a deferred Close in a loop over files.

import (
	"fmt"
	"os"
	"strings"
)

var depth int

func trace(msg string) func() {
	fmt.Printf("%senter %s\n", strings.Repeat("  ", depth), msg)
	depth++
	return func() {
		depth--
		fmt.Printf("%sexit %s\n", strings.Repeat("  ", depth), msg)
	}
}

func bigSlowOperation() {
	defer trace("bigSlowOperation")() // don't forget the extra parentheses
	inner()
	fmt.Println("working")
}

func inner() {
	defer trace("inner")()
}

func double(x int) (result int) {
	defer func() { fmt.Printf("double(%d) = %d\n", x, result) }()
	return x + x
}

func triple(x int) (result int) {
	defer func() { result += x }()
	return double(x)
}

func readAll(names []string) error {
	for _, name := range names {
		f, err := os.Open(name)
		if err != nil {
			return err
		}
		defer f.Close() // NOTE: risky; could run out of file descriptors
		fi, err := f.Stat()
		if err != nil {
			return err
		}
		fmt.Println(fi.Name(), fi.Size())
	}
	return nil
}

func main() {
	bigSlowOperation()
	_ = double(4)
	fmt.Println(triple(4)) // "12"
	for i := 0; i < 3; i++ {
		defer fmt.Println("deferred", i)
	}
	fmt.Println(readAll([]string{"main.go", "nothing-here.txt"}) != nil)
}
