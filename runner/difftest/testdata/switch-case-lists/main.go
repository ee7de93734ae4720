// difftest: same
// Case clauses with several expressions that need evaluating: calls,
// comparisons and indexes, as a server sorts the lines of its protocol.
package main

import (
	"fmt"
	"strings"
)

var calls int

// is reports whether line starts with the verb, counting its calls.
func is(line, verb string) bool {
	calls++
	return strings.HasPrefix(line, verb)
}

func upper(s string) string {
	calls++
	return strings.ToUpper(s)
}

func main() {
	quits := []string{"QUIT", "BYE"}
	for _, line := range []string{"GET /a", "HEAD /b", "bye", "quit", "PUT x", "stop"} {
		switch {
		case is(line, "GET"), is(line, "HEAD"):
			fmt.Println(line, "reads")
		case len(line) > 5, line == "stop":
			fmt.Println(line, "long or stop")
		default:
			fmt.Println(line, "other")
		}
		switch upper(line) {
		case quits[0], quits[1]:
			fmt.Println("  ends")
			fallthrough
		case upper("x"), "PUT X":
			fmt.Println("  no reply")
		}
	}
	fmt.Println("calls:", calls)
}
