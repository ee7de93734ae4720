// difftest: same
package main

// A deferred method with a value receiver called through a pointer: Go
// copies the struct at the defer statement, so the report prints the
// counts as they were then, whatever the function changes after. The
// pointer comes from a composite literal, from new, and from the address
// of a variable; one is deferred in a loop, one is a field.

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

func (s Stats) Tagged(tag string, n int) {
	fmt.Println(tag, s.Requests, n)
}

func handle(lines []string) {
	stats := &Stats{}
	defer stats.Report()
	for _, l := range lines {
		stats.Requests++
		stats.Bytes += len(l)
		fmt.Println(strings.ToUpper(l))
	}
	defer stats.Report()
}

func fromNew() {
	s := new(Stats)
	s.Requests = 1
	defer s.Tagged("new", s.Bytes)
	s.Requests, s.Bytes = 10, 20
	s = new(Stats)
	s.Requests = 99
}

func fromVar() {
	var total Stats
	p := &total
	defer p.Report()
	total.Requests = 7
	p.Bytes = 8
}

func inLoop() {
	p := &Stats{}
	for i := 0; i < 3; i++ {
		p.Requests = i
		defer p.Tagged("loop", i)
	}
	p.Requests = -1
}

// Conn holds its stats in a field; bump changes them through the pointer.
type Conn struct{ stats Stats }

func (c *Conn) bump() { c.stats.Requests++ }

func field() {
	c := &Conn{}
	defer c.stats.Report()
	c.bump()
	defer c.stats.Tagged("field", c.stats.Requests)
	c.bump()
}

func main() {
	handle([]string{"get /", "get /about", "quit"})
	fromNew()
	fromVar()
	inLoop()
	field()
}
