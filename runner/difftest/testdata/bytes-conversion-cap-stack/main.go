// difftest: same
package main

// A line editor copies the line it edits into a byte slice and reports
// how much room the slice has; the slice never leaves the function, so
// go build keeps it in a 32-byte buffer on the stack, which the rewrite
// gives it too.

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
