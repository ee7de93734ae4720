// difftest: same
// Values of types with their own Format method held in interfaces: returned
// as any, in a []any, a field of type any, a chan any and an error, which
// fmt formats through the method as it does a value of the type itself.
package main

import (
	"errors"
	"fmt"
	"strings"
)

type Grid [2][2]int

func (g Grid) Format(f fmt.State, verb rune) {
	for _, row := range g {
		fmt.Fprintf(f, "%d%d/", row[0], row[1])
	}
	if f.Flag('+') {
		fmt.Fprint(f, "+")
	}
}

type Money struct{ Cents int }

func (m *Money) Format(f fmt.State, verb rune) {
	w, ok := f.Width()
	s := fmt.Sprintf("$%d.%02d", m.Cents/100, m.Cents%100)
	if ok {
		s = fmt.Sprintf("%*s", w, s)
	}
	fmt.Fprint(f, s)
}

type Tags []string

func (t Tags) Format(f fmt.State, verb rune) {
	if verb == 'q' {
		fmt.Fprintf(f, "%q", strings.Join(t, ","))
		return
	}
	fmt.Fprint(f, "#"+strings.Join(t, "#"))
}

type Both struct{ N int }

func (b Both) String() string                { return "both-string" }
func (b Both) Format(f fmt.State, verb rune) { fmt.Fprintf(f, "both-format-%c", verb) }

type Fault struct{ Code int }

func (e Fault) Error() string { return fmt.Sprint("fault ", e.Code) }
func (e Fault) Format(f fmt.State, verb rune) {
	if f.Flag('+') {
		fmt.Fprintf(f, "fault{code=%d}", e.Code)
		return
	}
	fmt.Fprint(f, e.Error())
}

type Holder struct {
	V any
	G Grid
}

type Point struct{ X, Y int }

func (p Point) String() string { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }

func get(i int) any {
	switch i {
	case 0:
		return Grid{{1, 2}, {3, 4}}
	case 1:
		return &Money{1234}
	case 2:
		return Tags{"a", "b"}
	case 3:
		return Both{1}
	case 4:
		return Point{5, 6}
	}
	return nil
}

func main() {
	for i := range 6 {
		v := get(i)
		fmt.Println(v)
		fmt.Printf("%v|%+v|%s|%q|%8v|%T\n", v, v, v, v, v, v)
	}
	m := Money{5}
	var mv any = m
	fmt.Println(mv, &m)
	var err error = Fault{7}
	fmt.Printf("%v %+v %s\n", err, err, err)
	wrapped := fmt.Errorf("op: %w", err)
	fmt.Println(wrapped)
	var f Fault
	fmt.Println(errors.As(wrapped, &f), f.Code)
	xs := []any{Grid{{0, 1}, {1, 0}}, Tags{"x"}, 3, "s"}
	for _, x := range xs {
		fmt.Print(x, " ")
	}
	fmt.Println()
	h := Holder{V: Tags{"in", "field"}, G: Grid{}}
	fmt.Printf("%v\n%+v\n", h, h)
	ch := make(chan any, 1)
	ch <- Both{2}
	fmt.Println(<-ch)
	fmt.Println(fmt.Sprint(get(2)), fmt.Sprintf("%d", get(0)))
}
