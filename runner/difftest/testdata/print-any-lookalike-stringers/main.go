// difftest: same
package main

import (
	"fmt"
	"strings"
)

// Names and Mode have String methods, and the interpreter makes a Names a
// []string and a Mode a uint8 at run time, as it makes the []string and
// uint8 values below.
type Names []string

func (n Names) String() string { return strings.Join(n, "+") }

type Mode uint8

func (m Mode) String() string { return [...]string{"off", "on"}[m] }
func (m *Mode) Toggle()       { *m = 1 - *m }
func (m Mode) Enabled() bool  { return m == 1 }

type Event struct {
	Who  any
	What string
}

func send(ch chan<- any) {
	ch <- Names{"ann", "bob"}
	ch <- []string{"plain", "strings"}
	m := Mode(0)
	m.Toggle()
	ch <- m
	ch <- uint8(7)
	ch <- &m
	close(ch)
}

func main() {
	ch := make(chan any)
	go send(ch)
	for x := range ch {
		fmt.Println(x)
		fmt.Printf("%v|%s\n", x, x)
	}
	evs := []Event{{Names{"cy"}, "join"}, {[]string{"dee"}, "join"}, {Mode(1), "set"}, {uint8(1), "raw"}}
	for _, e := range evs {
		fmt.Println(e.Who, e.What)
	}
	fmt.Println(evs)
	all := []any{Names{"x", "y"}, []string{"z"}, Mode(0), uint8(0)}
	fmt.Println(all)
	fmt.Println(all...)
}
