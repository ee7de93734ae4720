// difftest: same
package main

// Values of the script's types with methods held in interfaces (a field
// of type any, a map[string]any, a []any, an any parameter), sent with
// gob and read back: what each interface holds asserts, compares and
// prints as in Go.

import (
	"bytes"
	"encoding/gob"
	"fmt"
)

type Point struct{ X, Y int }

func (p Point) String() string { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }

type Node struct{ ID string }

func (n *Node) Label() string { return "node " + n.ID }

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1fC", float64(c)) }

type Table map[string]int

func (t Table) Sum() int {
	s := 0
	for _, v := range t {
		s += v
	}
	return s
}

type Box struct {
	V    any
	List []any
}

func roundTrip(in, out any) {
	var buf bytes.Buffer
	if err := gob.NewEncoder(&buf).Encode(in); err != nil {
		fmt.Println("encode:", err)
		return
	}
	if err := gob.NewDecoder(&buf).Decode(out); err != nil {
		fmt.Println("decode:", err)
	}
}

func main() {
	gob.Register(Point{})
	gob.Register(&Node{})
	gob.Register(Celsius(0))
	gob.Register(Table{})

	var b Box
	roundTrip(Box{V: Point{1, 2}, List: []any{&Node{"a"}, Celsius(21.5), Table{"x": 2, "y": 3}, 7}}, &b)
	fmt.Println(b.V, len(b.List))
	p, ok := b.V.(Point)
	fmt.Println(p, ok, p.X+p.Y, b.V == Point{1, 2}, b.V == Point{2, 1})
	if n, ok := b.List[0].(*Node); ok {
		fmt.Println(n.Label())
	}
	if c, ok := b.List[1].(Celsius); ok {
		fmt.Println(c, c+1)
	}
	if t, ok := b.List[2].(Table); ok {
		fmt.Println(t.Sum())
	}
	fmt.Println(b.List[3] == 7)
	for _, x := range b.List {
		switch v := x.(type) {
		case *Node:
			fmt.Println("node", v.ID)
		case Celsius:
			fmt.Println("celsius", float64(v))
		case Table:
			fmt.Println("table", len(v))
		case int:
			fmt.Println("int", v)
		}
	}

	var m map[string]any
	roundTrip(map[string]any{"p": Point{3, 4}, "c": Celsius(3)}, &m)
	fmt.Println(m["p"], m["c"], m["p"] == Point{3, 4})
	fmt.Printf("%v %+v %T\n", m, m["p"], m["p"])

	var xs []any
	roundTrip([]any{Point{5, 6}, &Node{"b"}}, &xs)
	fmt.Println(xs[0], xs[1].(*Node).ID)

	// An any holding a value of a type with methods, and an any holding
	// the pointer to decode into.
	var q Point
	var target any = &q
	roundTrip(Point{7, 8}, target)
	fmt.Println(q)
	n := &Node{}
	roundTrip(&Node{"c"}, n)
	fmt.Println(n.Label())
}
