// difftest: same
package main

import "fmt"

// An event loop receives markers from a chan any, two of no fields (one
// with a String method) beside one with a field and a pointer method, and
// prints each as it comes.

type Empty struct{}

type Tick struct{}

func (Tick) String() string { return "tick" }

type Stop struct{ n int }

func (*Stop) String() string { return "stop" }

func main() {
	events := make(chan any, 6)
	events <- Empty{}
	events <- Tick{}
	events <- &Tick{}
	events <- &Stop{}
	events <- Stop{}
	events <- 3
	close(events)
	for ev := range events {
		fmt.Println(ev)
		fmt.Printf("%v %+v %s\n", ev, ev, fmt.Sprint(ev))
	}
}
