// difftest: refused two struct types of no fields with methods that fmt calls, which the interpreter makes one type, printed from an any
package main

import "fmt"

// An event loop receives markers of no fields from a chan any, two with
// String methods beside one without, and prints each as it comes.

type Empty struct{}

type Tick struct{}

func (Tick) String() string { return "tick" }

type Stop struct{}

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
