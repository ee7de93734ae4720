// difftest: same
package main

// A transcript buffer that is only made when the user asks for one: the
// report's callbacks are method values of the *bytes.Buffer, taken while
// it is still nil. Go binds the nil pointer: String answers "<nil>", and
// Len panics only when it is called, with the runtime's nil dereference,
// which the report recovers and prints.

import (
	"bytes"
	"fmt"
	"os"
)

type report struct {
	describe func() string
	size     func() int
}

func (r report) print() {
	defer func() {
		if err := recover(); err != nil {
			fmt.Println("size failed:", err)
		}
	}()
	fmt.Printf("transcript %q\n", r.describe())
	fmt.Println("size:", r.size())
}

func main() {
	var transcript *bytes.Buffer
	r := report{describe: transcript.String, size: transcript.Len}
	r.print()
	if len(os.Args) > 5 {
		transcript = new(bytes.Buffer) // never here: the callbacks stay bound to nil
	}
	buf := new(bytes.Buffer)
	write := buf.WriteString
	write("hello, ")
	write("world")
	r = report{describe: buf.String, size: buf.Len}
	r.print()
}
