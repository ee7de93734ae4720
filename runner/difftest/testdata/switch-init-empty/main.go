// difftest: same
// Switches without clauses still run their init statement and evaluate
// their tag or their guard's operand once, as a server's handler might
// leave a switch empty while its cases are still to be written. A switch
// whose clauses are all empty, and a select, are the neighbours.
package main

import (
	"fmt"
	"strings"
)

var log []string

// note records that step ran, and returns n.
func note(step string, n int) int {
	log = append(log, step)
	return n
}

// peer returns the peer of a connection as an interface value.
func peer(step string) any {
	log = append(log, step)
	return "127.0.0.1:9000"
}

func main() {
	var conn any = 7
	switch note("init", 1); {
	}
	switch n := note("init-tag", 2); n {
	}
	switch note("tag", 3) {
	}
	switch note("type-init", 4); conn.(type) {
	}
	switch peer("type-guard").(type) {
	}
	switch note("type-both", 5); peer("guard").(type) {
	}
	switch note("nested", 6); { // a comment after the brace
	}
	switch note("tag-again", 7) {
	}
	switch note("empty-cases", 8); {
	case false:
	case note("case", 9) > 0:
	}
	switch v := conn.(type) {
	case string, int:
		_ = v
		note("type-case", 10)
	}
	for i := 0; i < 2; i++ {
		switch note(fmt.Sprint("loop", i), i) {
		}
	}
	done := make(chan bool, 1)
	done <- true
	select {
	case <-done:
		note("select", 11)
	}
	switch {
	}
	// With clauses, a tag that needs evaluating after an init statement.
	switch n := note("tag-after-init", 12); n + note("plus", 1) {
	case 12:
		note("wrong", 0)
	case 13:
		note("thirteen", 13)
	}
	switch line := " quit "; strings.ToUpper(strings.TrimSpace(line)) {
	case "QUIT":
		note("quit", 14)
	default:
		note("unknown", 0)
	}
loop:
	for i := 0; ; i++ {
		switch n := i * 2; n + 1 {
		case 1:
			note("first", 15)
		case 5:
			break loop
		}
	}
sized:
	switch b := []byte("hello"); len(b) {
	case 5:
		note("five", 16)
		break sized
	default:
		note("other", 0)
	}
	fmt.Println(strings.Join(log, " "))
}
