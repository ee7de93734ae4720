// difftest: same
// A debug helper that takes any prints slices, maps and arrays of the
// script's types, and structs without a name that hold them, as Go
// does: their fields' names, their String methods and %T.
package main

import (
	"fmt"
	"log"
	"os"
)

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°C", float64(t)) }

type P struct {
	Name string
	age  int
}

type Q struct {
	Name string
	age  int
}

type Reading struct {
	Where string
	T     Temp
}

func show(label string, v any) {
	fmt.Printf("%s: %v | %+v | %T\n", label, v, v, v)
}

func main() {
	show("temps", []Temp{21.5, 19})
	show("readings", []Reading{{"lab", 20}})
	show("map", map[string]Temp{"x": 1})
	show("ptrs", []*Reading{})
	show("nested", [][]Temp{{1}, {2, 3}})
	show("ps", []P{{"a", 1}})
	show("qs", []Q{{"b", 2}})
	var items []any
	items = append(items, []Temp{5}, map[Temp]bool{3: true})
	fmt.Println(items...)
	fmt.Printf("%v %+v\n", items, items)
	log.SetOutput(os.Stdout)
	log.SetFlags(0)
	log.Println("log:", []Reading{{"x", 1}}, any([]Temp{2}))
	var s fmt.Stringer = Temp(3)
	fmt.Println(s, []fmt.Stringer{s})
	e := fmt.Errorf("bad readings %v", any([]Temp{1, 2}))
	fmt.Println(e)
	fmt.Println(fmt.Sprint(any([2]Temp{})), fmt.Sprintf("%#v", any([]Temp{1})))
}

func init() {
	show("anon", struct {
		In  P
		Tag string
	}{P{"c", 3}, "t"})
	show("arr", [2]P{})
	show("mapq", map[Q]int{{"k", 1}: 2})
}
