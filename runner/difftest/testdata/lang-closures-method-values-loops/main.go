// difftest: same
package main

// Closures that change their own iteration's loop variable, method values
// of value and pointer receivers collected from a range copy versus from
// the slice's elements, defers of literals in a range over int reading
// and summing into a variable, and independent counters.

import "fmt"

type Item struct{ name string }

func (it Item) Name() string     { return it.name }
func (it *Item) Rename(s string) { it.name = s }

func main() {
	var fs []func()
	for i := 0; i < 3; i++ {
		fs = append(fs, func() { i += 10; fmt.Print("i=", i, " ") })
	}
	for _, f := range fs {
		f()
		f()
	}
	fmt.Println()
	items := []Item{{"a"}, {"b"}, {"c"}}
	var names []func() string
	var renames []func(string)
	for _, it := range items {
		names = append(names, it.Name)
		renames = append(renames, it.Rename)
	}
	for i, r := range renames {
		r(fmt.Sprint("x", i))
	}
	for _, n := range names {
		fmt.Print(n(), " ")
	}
	fmt.Println(items)
	for i := range items {
		renames[i] = items[i].Rename
	}
	renames[1]("B")
	fmt.Println(items)
	acc := 0
	for i := range 4 {
		defer func() { acc += i; fmt.Print("d", i, ":", acc, " ") }()
	}
	for i := 0; i < 3; i++ {
		defer func(n int) { fmt.Print("arg", n, "/", i, " ") }(i * 2)
	}
	counter := func() func() int {
		c := 0
		return func() int { c++; return c }
	}
	c1, c2 := counter(), counter()
	fmt.Println(c1(), c1(), c2())
}
