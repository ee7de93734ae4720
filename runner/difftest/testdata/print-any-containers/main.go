// difftest: same
package main

import (
	"errors"
	"fmt"
	"log"
	"os"
)

type P struct{ N int }

func (p *P) String() string { return fmt.Sprintf("P<%d>", p.N) }

type V struct{ N int }

func (v V) String() string { return fmt.Sprintf("V<%d>", v.N) }

type Join struct{ Name string }

func (j Join) String() string { return "join " + j.Name }

// Holder's field of type any holds values of the script's types, printed
// as part of the struct.
type Holder struct {
	X   any
	Tag string
}

// Shape is the script's interface: a []Shape's elements are printed as
// their dynamic types.
type Shape interface{ Area() int }

type Sq struct{ S int }

func (s Sq) Area() int      { return s.S * s.S }
func (s Sq) String() string { return fmt.Sprint("sq", s.S) }

// A Drawing's fields of interface types may be nil.
type Drawing struct {
	Main  Shape
	Extra any
}

type Circle struct{ R int }

func (c Circle) Area() int { return 3 * c.R * c.R }

type Code struct{ N int }

func (c *Code) Error() string { return fmt.Sprintf("code %d", c.N) }

func main() {
	p := P{1}
	v := V{2}
	s := []any{p, &p, v, &v, &Join{"s"}, 3, "x", nil}
	fmt.Println(s)
	fmt.Printf("%v|%+v|%s\n", s, s, s)
	fmt.Println(s...)
	fmt.Print(s...)
	fmt.Println()
	fmt.Println(fmt.Sprint(s...), fmt.Sprintln(s...))
	m := map[string]any{"p": p, "pp": &p, "v": v, "pv": &v, "j": Join{"m"}}
	fmt.Println(m)
	fmt.Printf("%v %+v\n", m, m)
	hs := []Holder{{p, "a"}, {&p, "b"}, {v, "c"}, {&v, "d"}, {X: &Join{"h"}}}
	fmt.Println(hs)
	fmt.Printf("%+v\n", hs[1])
	fmt.Println(hs[0], hs[3])
	shapes := []Shape{Sq{1}, Circle{2}, &Sq{3}}
	fmt.Println(shapes)
	fmt.Printf("%v %+v\n", shapes, shapes)
	fmt.Println(Drawing{}, Drawing{Main: Sq{2}}, []Shape{nil, Sq{1}})
	fmt.Printf("%+v %v\n", Drawing{Extra: &v}, []Drawing{{}, {Circle{1}, p}})
	errs := []error{&Code{1}, errors.New("plain")}
	fmt.Println(errs)
	ch := make(chan []any, 1)
	go func() { ch <- []any{v, &v, p} }()
	fmt.Println(<-ch)
	l := log.New(os.Stdout, "> ", 0)
	l.Println(s)
	l.Println(s...)
	nested := [][]any{{v}, {&v, p}}
	fmt.Println(nested)
}
