// difftest: same

// Type switches in generic functions with cases of the type parameter,
// of a pointer and a slice of it beside concrete and interface cases,
// which an instance may make repeat another case, whose first match wins.
package main

import "fmt"

type Dir int

func (d Dir) String() string { return [...]string{"N", "E", "S", "W"}[d] }

func Describe[T any](v T) string {
	switch x := any(v).(type) {
	case int:
		return fmt.Sprintf("int %d", x)
	case string:
		return fmt.Sprintf("string %q", x)
	case fmt.Stringer:
		return "stringer " + x.String()
	case []T:
		return "slice of T"
	case T:
		return fmt.Sprintf("a T %v", x)
	}
	return "none"
}

func Kind[T any](v any) string {
	switch v.(type) {
	case T:
		return "T"
	case *T:
		return "*T"
	case []T:
		return "[]T"
	case nil:
		return "nil"
	}
	return "other"
}

func main() {
	fmt.Println(Describe(3), Describe("x"), Describe(Dir(2)), Describe(1.5), Describe([]int{1}))
	x := 2.5
	fmt.Println(Kind[float64](x), Kind[float64](&x), Kind[float64]([]float64{}), Kind[float64](nil), Kind[float64](1))
	fmt.Println(Kind[Dir](Dir(1)), Kind[int](Dir(1)))
}
