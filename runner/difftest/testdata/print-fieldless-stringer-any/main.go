// difftest: same
package main

// An event loop's messages, sent on a chan any: a heartbeat that carries
// nothing but has a String method, and an []any of pending events,
// printed as they come.

import (
	"fmt"
	"time"
)

type Heartbeat struct{}

func (Heartbeat) String() string { return "heartbeat" }

type Message struct {
	From, Text string
}

func (m Message) String() string { return m.From + ": " + m.Text }

func main() {
	events := make(chan any, 4)
	go func() {
		events <- Message{"ann", "hi"}
		events <- Heartbeat{}
		events <- 42
		events <- Heartbeat{}
		close(events)
	}()
	var pending []any
	for ev := range events {
		fmt.Println("event:", ev)
		fmt.Printf("%v|%s\n", ev, fmt.Sprint(ev))
		pending = append(pending, ev)
	}
	fmt.Println(pending, len(pending))
	fmt.Println(pending[1], time.Duration(0))
}
