// difftest: same
// The interpreter sent a value that a select's case computes in several
// steps from operands it never computed ("!" for "HELLO!"); pass
// selectsend evaluates it before the select, as Go does on entering it.
package main

import (
	"fmt"
	"strings"
	"time"
)

// A relay sends each line on out, and gives up after a while.
func main() {
	out := make(chan string, 3)
	lines := []string{"hello", "world"}
	for i := range lines {
		select {
		case out <- strings.ToUpper(lines[i]) + "!":
		case <-time.After(time.Second):
			fmt.Println("timeout")
		}
	}
	close(out)
	for line := range out {
		fmt.Println(line)
	}
}
