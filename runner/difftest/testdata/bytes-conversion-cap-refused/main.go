// difftest: refused cap of a []byte converted from a string that is not constant and does not leave its function, which go build puts in a 32-byte buffer on its stack or shares with the string (cap 32 or 5, where the interpreter has 8)
package main

// A line editor copies the line it edits into a byte slice and reports
// how much room the slice has; the slice never leaves the function, so
// go build keeps it on the stack.

import "fmt"

func edit(line string) string {
	buf := []byte(line)
	buf[0] = 'H'
	fmt.Println("len", len(buf), "room", cap(buf))
	return string(buf)
}

func main() {
	fmt.Println(edit("hello"))
}
