// difftest: same

// Generic structs printed with %v and %+v whose fields hold named types
// with String methods, exported and not, a constraint of fmt.Stringer and
// a map of generic values.
package main

import (
	"fmt"
)

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1fC", float64(c)) }

type Name string

func (n *Name) String() string { return "name:" + string(*n) }

type Level int

func (l Level) String() string { return [...]string{"low", "mid", "high"}[l] }

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

type hidden[T any] struct {
	v    T
	Pub  T
	list []T
}

type Reading[T fmt.Stringer] struct {
	At    int
	Value T
}

func (r Reading[T]) String() string { return fmt.Sprintf("@%d:%s", r.At, r.Value) }

func main() {
	p := Pair[Level, Celsius]{2, 21.5}
	fmt.Println(p)
	fmt.Printf("%v %+v\n", p, p)
	h := hidden[Celsius]{1, 2, []Celsius{3, 4}}
	fmt.Printf("%v %+v\n", h, h)
	n := Name("bo")
	pn := Pair[string, *Name]{"k", &n}
	fmt.Println(pn.Val, pn.Key)
	rs := []Reading[Celsius]{{1, 20}, {2, 22.25}}
	fmt.Println(rs)
	fmt.Printf("%v|%s|%+v\n", rs[0], rs[1], rs)
	lv := Reading[Level]{5, 1}
	fmt.Println(lv, []Level{0, 2})
	m := map[Level]Pair[string, Celsius]{0: {"a", 1}, 2: {"b", 2}}
	fmt.Println(m)
	var ps []*Pair[Level, Level]
	ps = append(ps, &Pair[Level, Level]{0, 1})
	fmt.Println(*ps[0], len(ps))
	fmt.Printf("%v\n", ps[0])
}
