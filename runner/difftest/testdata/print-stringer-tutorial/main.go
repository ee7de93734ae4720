// difftest: same
// Printing the script's types as tutorials do: a Stringer on a value and
// on a pointer receiver, kept as fmt.Stringer and as any, in slices, maps
// and nested structs, with %v, %+v, %#v, %T, %q, widths and flags.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Point struct{ X, Y int }

func (p Point) String() string { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }

type Counter struct{ n int }

func (c *Counter) String() string { return fmt.Sprintf("#%d", c.n) }
func (c *Counter) Inc()           { c.n++ }

type Color int

const (
	Red Color = iota
	Green
)

func (c Color) String() string { return [...]string{"red", "green"}[c] }

type Shape struct {
	Name   string
	Origin Point
	Pts    []Point
	Tags   map[string]Color
}

type Path []Point

func (p Path) String() string {
	parts := make([]string, len(p))
	for i, pt := range p {
		parts[i] = pt.String()
	}
	return strings.Join(parts, "->")
}

func describe(s fmt.Stringer) string { return fmt.Sprintf("%T=%v", s, s) }

func main() {
	p := Point{1, 2}
	c := &Counter{}
	c.Inc()
	var s fmt.Stringer = p
	var t fmt.Stringer = c
	fmt.Println(p, &p, c, s, t)
	fmt.Printf("%v|%+v|%#v|%T\n", s, s, s, s)
	fmt.Printf("%T %T %T\n", t, Red, Path{p})
	fmt.Printf("[%10v] [%-10v] [%q] [%x]\n", s, p, s, Green)
	fmt.Println(describe(p), describe(c), describe(Green), describe(Path{p, {3, 4}}))
	sh := Shape{"tri", p, []Point{{0, 0}, {5, 5}}, map[string]Color{"fill": Green, "line": Red}}
	fmt.Println(sh)
	fmt.Printf("%+v\n", sh)
	fmt.Printf("%v %d\n", []fmt.Stringer{p, c, Red}, []Color{Red, Green})
	var v any = s
	if q, ok := v.(Point); ok {
		fmt.Println("a point again:", q.X, q == p, v == any(p))
	}
	switch x := v.(type) {
	case *Counter:
		fmt.Println("counter", x)
	case Point:
		fmt.Println("point", x.Y)
	}
	seen := map[any]int{}
	seen[v]++
	seen[p]++
	fmt.Println(len(seen), seen[p])
	list := []fmt.Stringer{Point{3, 1}, Point{1, 3}, Point{2, 2}}
	sort.Slice(list, func(i, j int) bool { return list[i].(Point).X < list[j].(Point).X })
	fmt.Println(list, fmt.Sprint(&sh.Origin), fmt.Sprintf("%6.2f|%-4d|%+d", 3.14159, Green, Red))
	fmt.Printf("%s and %v\n", t, []any{s, t, p})
}
