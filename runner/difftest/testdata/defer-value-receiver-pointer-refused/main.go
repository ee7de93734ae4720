// difftest: refused a deferred method of a value receiver called through a pointer whose struct the function changes after the defer, which Go copies at the defer statement (the report prints 0 requests) and the interpreter when the function returns
package main

import (
	"fmt"
	"strings"
)

// Stats counts what a connection handler did.
type Stats struct {
	Requests int
	Bytes    int
}

// Report has a value receiver: a deferred s.Report() prints the counts
// as they were at the defer statement.
func (s Stats) Report() {
	fmt.Printf("served %d requests, %d bytes\n", s.Requests, s.Bytes)
}

func handle(lines []string) {
	stats := &Stats{}
	defer stats.Report()
	for _, l := range lines {
		stats.Requests++
		stats.Bytes += len(l)
		fmt.Println(strings.ToUpper(l))
	}
}

func main() {
	handle([]string{"get /", "get /about", "quit"})
}
