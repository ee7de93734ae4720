// difftest: same
package main

import (
	"fmt"
	"strings"
)

// Events of a chat room behind an interface with methods; Joined and Left
// have the same fields.
type Event interface {
	Apply(room map[string]bool) string
}

type Joined struct{ Nick string }
type Left struct{ Nick string }
type Said struct{ Nick, Text string }

func (e Joined) Apply(room map[string]bool) string {
	room[e.Nick] = true
	return e.Nick + " joined"
}

func (e Left) Apply(room map[string]bool) string {
	delete(room, e.Nick)
	return e.Nick + " left"
}

func (e Said) Apply(room map[string]bool) string {
	return e.Nick + ": " + e.Text
}

func parse(line string) Event {
	verb, rest, _ := strings.Cut(line, " ")
	switch verb {
	case "JOIN":
		return Joined{rest}
	case "LEAVE":
		return Left{rest}
	}
	nick, text, _ := strings.Cut(rest, " ")
	return Said{nick, text}
}

func main() {
	room := map[string]bool{}
	events := make(chan Event, 8)
	for _, line := range []string{"JOIN ann", "JOIN bob", "SAY ann hello", "LEAVE bob"} {
		events <- parse(line)
	}
	close(events)
	joins, leaves := 0, 0
	for ev := range events {
		fmt.Println(ev.Apply(room))
		switch e := ev.(type) {
		case Joined:
			joins++
			fmt.Println("  welcome,", e.Nick)
		case Left:
			leaves++
			fmt.Println("  goodbye,", e.Nick)
		}
		if _, ok := ev.(Left); ok {
			fmt.Println("  (a Left)")
		}
	}
	fmt.Println(joins, leaves, len(room))
}
