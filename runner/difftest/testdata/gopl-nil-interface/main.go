// difftest: same
package main

// The interface values of chapter 7 of The Go Programming Language: a
// nil *bytes.Buffer assigned to an io.Writer is a non-nil interface, so
// f's check out != nil passes and the Write panics (recovered here, as
// the book explains it); the fix declares out as an io.Writer. Then the
// comparisons of interface values: equal dynamic types and values, and
// a panic comparing two holding uncomparable slices.

import (
	"bytes"
	"fmt"
	"io"
	"os"
)

const debug = false

// If out is non-nil, output will be written to it.
func f(out io.Writer) {
	// ...do something...
	if out != nil {
		out.Write([]byte("done!\n"))
	}
}

func run(fn func()) {
	defer func() {
		if p := recover(); p != nil {
			fmt.Println("panic:", p)
		}
	}()
	fn()
}

func main() {
	run(func() {
		var buf *bytes.Buffer
		if debug {
			buf = new(bytes.Buffer) // enable collection of output
		}
		f(buf) // NOTE: subtly incorrect!
		fmt.Println("not reached")
	})
	run(func() {
		var buf io.Writer
		if debug {
			buf = new(bytes.Buffer)
		}
		f(buf) // OK
		fmt.Println("nil io.Writer: nothing written")
	})

	var w io.Writer
	fmt.Printf("%T %v\n", w, w == nil) // "<nil> true"
	w = os.Stdout
	fmt.Printf("%T\n", w) // "*os.File"
	w = new(bytes.Buffer)
	fmt.Printf("%T\n", w) // "*bytes.Buffer"
	var b *bytes.Buffer
	w = b
	fmt.Printf("%T %v\n", w, w == nil) // "*bytes.Buffer false"

	var x, y interface{} = 1, 1
	fmt.Println(x == y, x == interface{}(int64(1)), interface{}("a") == "a")
	run(func() {
		var x interface{} = []int{1, 2, 3}
		fmt.Println(x == x) // panic: comparing uncomparable type []int
	})
	run(func() {
		m := map[interface{}]int{"a": 1}
		m[[]int{1}] = 1 // panic: hash of unhashable type []int
	})
}
