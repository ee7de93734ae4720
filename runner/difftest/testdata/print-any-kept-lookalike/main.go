// difftest: same
package main

import (
	"fmt"
	"strings"
)

// Names and Mode look like a []string and a uint8 to the interpreter at
// run time; held in an any in the forms below, it keeps them in its
// wrapper, and fmt calls their String methods as Go does.
type Names []string

func (n Names) String() string { return strings.Join(n, "+") }

type Mode uint8

func (m Mode) String() string { return [...]string{"off", "on"}[m] }
func (m *Mode) Toggle()       { *m = 1 - *m }

type Box struct{ V any }

func team() Names              { return Names{"ann", "bob"} }
func show(label string, x any) { fmt.Println(label, x) }
func plain() any               { return []string{"x", "y"} }

func main() {
	n := team()
	var v any = n
	var w any
	w = n
	m := Mode(0)
	m.Toggle()
	var mo any = m
	var mc any = Mode(0)
	b := Box{Names{"cy"}}
	b.V = Names{"dee"}
	xs := []any{Names{"eve"}, Mode(1)}
	xs[0] = Names{"fay"}
	fmt.Println(v, w, mo, mc, b.V, xs)
	show("shown", n)
	show("plain", plain())
	fmt.Printf("%v %s %T %T\n", v, v, v, mo)
	ch := make(chan any, 1)
	ch <- team()
	fmt.Println(<-ch, []string{"p"}, uint8(1))
}
