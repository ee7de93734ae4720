// difftest: same
package main

// Type switches as tutorials write them: over an interface of shapes
// with pointer and value receivers and a promoted method, a nil case, a generic function switching on any(v) with a
// case of []T, and a switch over a slice of any with case lists and
// library interfaces in the cases.

import (
	"fmt"
	"math"
	"strings"
)

type Shape interface {
	Area() float64
}

type Named interface {
	Shape
	Name() string
}

type Circle struct{ R float64 }
type Rect struct{ W, H float64 }
type Square struct{ *Rect }

func (c Circle) Area() float64  { return math.Pi * c.R * c.R }
func (c Circle) Name() string   { return "circle" }
func (r *Rect) Area() float64   { return r.W * r.H }
func (r *Rect) Scale(f float64) { r.W *= f; r.H *= f }
func (s Square) Name() string   { return "square" }

func describe(s Shape) string {
	switch v := s.(type) {
	case nil:
		return "nothing"
	case Circle:
		return fmt.Sprintf("%s %.2f (%T)", v.Name(), v.Area(), v)
	case Square:
		return fmt.Sprintf("%s %.2f (%T) %v", v.Name(), v.Area(), v, v.Rect)
	case *Rect:
		v.Scale(2)
		return fmt.Sprintf("scaled %v", v)
	default:
		return fmt.Sprintf("unknown %T", v)
	}
}

func kind[T any](v T) string {
	switch x := any(v).(type) {
	case int, int64:
		return fmt.Sprintf("integer %v %T", x, x)
	case string:
		return "string of " + fmt.Sprint(len(x))
	case fmt.Stringer:
		return "stringer " + x.String()
	case []T:
		return "slice of T"
	case error:
		return "error " + x.Error()
	case nil:
		return "nil"
	}
	return "other"
}

type Color int

func (c Color) String() string { return [...]string{"red", "green"}[c] }

func main() {
	shapes := []Shape{Circle{1}, &Rect{2, 3}, Square{&Rect{2, 2}}, &Square{&Rect{1, 1}}, nil}
	for _, s := range shapes {
		fmt.Println(describe(s))
	}
	total := 0.0
	for _, s := range shapes[:2] {
		total += s.Area()
	}
	fmt.Printf("%.3f\n", total)
	fmt.Println(kind(3), kind(int64(4)), kind("héllo"), kind(Color(1)))
	fmt.Println(kind(fmt.Errorf("x")), kind[any](nil), kind(3.5), kind([]int{1}))
	fmt.Println(kind(struct{ A int }{1}), kind(&Rect{}), kind(map[string]int(nil)))
	var parts []string
	for _, v := range []any{1, "a", 2.5, nil, []byte("b"), Color(0), true} {
		switch v := v.(type) {
		case int, float64:
			parts = append(parts, fmt.Sprintf("num(%v)", v))
		case string, []byte:
			parts = append(parts, fmt.Sprintf("text(%s)", v))
		case fmt.Stringer:
			parts = append(parts, "str("+v.String()+")")
		case nil:
			parts = append(parts, "nil")
		default:
			parts = append(parts, fmt.Sprintf("%T", v))
		}
	}
	fmt.Println(strings.Join(parts, " "))
}
