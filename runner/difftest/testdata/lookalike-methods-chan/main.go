// difftest: same
package main

// Events of the same fields with methods, sent as any on a channel and
// held behind an interface: switches, assertions, printing, JSON, ==.

import (
	"encoding/json"
	"fmt"
)

type Join struct {
	Name string
}
type Leave struct {
	Name string
}
type Say struct{ Name, Text string }

type Event interface{ Who() string }

func (j Join) Who() string  { return j.Name }
func (l Leave) Who() string { return l.Name }

func main() {
	events := make(chan any, 4)
	events <- Join{"ann"}
	events <- Say{"ann", "hi"}
	events <- Leave{"ann"}
	close(events)
	for ev := range events {
		switch e := ev.(type) {
		case Join:
			fmt.Println(e.Name, "joined")
		case Leave:
			fmt.Println(e.Name, "left")
		case Say:
			fmt.Printf("%s: %s\n", e.Name, e.Text)
		}
		switch ev.(type) {
		case Join:
			fmt.Println("J")
		case Leave:
			fmt.Println("L")
		}
		if _, ok := ev.(Leave); ok {
			fmt.Println("is leave")
		}
		fmt.Printf("%v %+v\n", ev, ev)
		b, _ := json.Marshal(ev)
		fmt.Println(string(b))
	}
	j := Join{"bob"}
	l := Leave(j)
	fmt.Printf("%v %+v %#v %T\n", l, l, l, l)
	var a, b any = Join{"x"}, Leave{"x"}
	fmt.Println(a == b, a == any(Join{"x"}))
	evs := []Event{Join{"a"}, Leave{"b"}}
	for _, e := range evs {
		switch e.(type) {
		case Join:
			fmt.Println("join", e.Who())
		case Leave:
			fmt.Println("leave", e.Who())
		}
	}
}
