// difftest: same
package main

import (
	"fmt"
	"strings"
)

// Message is what a client of the chat sends; a nil Message is a
// connection that closed before it said anything.
type Message interface {
	Kind() string
}

type Join struct{ Name string }
type Say struct {
	From, Text string
}
type Leave struct{ Name string }

func (Join) Kind() string  { return "join" }
func (Say) Kind() string   { return "say" }
func (Leave) Kind() string { return "leave" }

func parse(line string) Message {
	cmd, rest, _ := strings.Cut(line, " ")
	switch cmd {
	case "JOIN":
		return Join{rest}
	case "SAY":
		from, text, _ := strings.Cut(rest, ":")
		return Say{from, text}
	case "LEAVE":
		return Leave{rest}
	}
	return nil
}

func handle(m Message) string {
	switch m := m.(type) {
	case nil:
		return "ignored an empty line"
	case Join:
		return m.Name + " joined"
	case Say:
		return m.From + " says " + m.Text
	default:
		return "other " + m.Kind()
	}
}

// count tells the messages apart without binding a variable, with nil in
// a list of cases.
func count(msgs []Message) (people, silent int) {
	for _, m := range msgs {
		switch m.(type) {
		case Join, Leave:
			people++
		case nil, Say:
			silent++
		}
	}
	return people, silent
}

func main() {
	lines := []string{"JOIN ann", "SAY ann:hello", "", "BOGUS x", "LEAVE ann"}
	var msgs []Message
	for _, l := range lines {
		m := parse(l)
		msgs = append(msgs, m)
		fmt.Printf("%-14q %s\n", l, handle(m))
	}
	fmt.Println(count(msgs))
	var last interface{ Kind() string }
	switch last.(type) {
	case nil:
		fmt.Println("no last message")
	default:
		fmt.Println("last", last.Kind())
	}
}
