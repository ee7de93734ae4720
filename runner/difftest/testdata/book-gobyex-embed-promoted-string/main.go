// difftest: same
package main

// Go by Example, Struct Embedding: a String method promoted from an
// embedded value, from an embedded pointer, from an embedded time.Time and
// an Error promoted from an embedded error decide how fmt prints the outer
// struct.

import (
	"fmt"
	"time"
)

type Inner struct{ id int }

func (i Inner) String() string { return fmt.Sprintf("inner#%d", i.id) }

type Outer struct {
	Inner
	X int
}

type PInner struct{ id int }

func (p *PInner) String() string { return fmt.Sprintf("pinner#%d", p.id) }

type POuter struct {
	*PInner
	Y int
}

type Event struct {
	time.Time
	Name string
}

type Err struct{ error }

func main() {
	o := Outer{Inner{1}, 2}
	fmt.Println(o)
	fmt.Printf("%v %+v %s\n", o, o, o)
	po := POuter{&PInner{3}, 4}
	fmt.Println(po)
	ev := Event{time.Date(2024, 1, 2, 3, 4, 5, 0, time.UTC), "launch"}
	fmt.Println(ev)
	fmt.Println(ev.Name, ev.Year())
	e := Err{fmt.Errorf("boom")}
	fmt.Println(e)
	var err error = e
	fmt.Println(err.Error())
	fmt.Println([]Outer{o})
}
