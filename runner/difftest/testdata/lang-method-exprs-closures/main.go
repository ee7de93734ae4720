// difftest: same
package main

// Methods as values: method values bound to a value or a pointer at the
// moment they are taken, method expressions of value and pointer
// receivers, closures kept in a struct's fields, and a callback table.

import (
	"fmt"
	"strings"
)

type Counter struct {
	name string
	n    int
}

func (c *Counter) Inc()          { c.n++ }
func (c Counter) Get() int       { return c.n }
func (c Counter) Label() string  { return fmt.Sprintf("%s=%d", c.name, c.n) }
func (c *Counter) Add(d int) int { c.n += d; return c.n }

type Button struct {
	Label   string
	OnClick func() string
}

func main() {
	c := Counter{name: "clicks"}
	inc := c.Inc
	get := c.Get
	inc()
	inc()
	fmt.Println(c.n, get(), c.Get())

	label := Counter.Label
	add := (*Counter).Add
	fmt.Println(label(c), add(&c, 10), c.n)
	counters := []*Counter{{name: "a"}, {name: "b"}}
	var incs []func()
	for _, ct := range counters {
		incs = append(incs, ct.Inc)
	}
	for i, f := range incs {
		for j := 0; j <= i; j++ {
			f()
		}
	}
	for _, ct := range counters {
		fmt.Print(ct.Label(), " ")
	}
	fmt.Println()

	var log []string
	buttons := []Button{
		{"ok", func() string { return "accepted" }},
		{"cancel", nil},
	}
	buttons[1].OnClick = func() string { return "cancelled after " + buttons[0].OnClick() }
	for _, b := range buttons {
		log = append(log, b.Label+": "+b.OnClick())
	}
	fmt.Println(strings.Join(log, "; "))

	table := map[string]func(*Counter, int) int{"add": (*Counter).Add}
	fmt.Println(table["add"](counters[0], 5))
	ops := []func(string) string{strings.ToUpper, strings.TrimSpace, func(s string) string { return s + "!" }}
	s := "  hey "
	for _, op := range ops {
		s = op(s)
	}
	fmt.Printf("%q\n", s)
	f := fmt.Sprintf
	fmt.Println(f("%03d", 7))
}
