// difftest: same
package main

import "fmt"

type Celsius float64

type Point struct{ X, Y int }

func kind(v any) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int:
		return fmt.Sprintf("int %d", x)
	case string:
		return "string " + x
	case []int:
		return fmt.Sprintf("slice of %d", len(x))
	case Celsius:
		return fmt.Sprintf("celsius %.1f", float64(x))
	case Point:
		return fmt.Sprintf("point %d,%d", x.X, x.Y)
	case *Point:
		return "pointer to point"
	case func() int:
		return fmt.Sprintf("func giving %d", x())
	default:
		return "something else"
	}
}

func main() {
	for _, v := range []any{nil, 42, "hi", []int{1, 2}, Celsius(21.5), Point{1, 2}, &Point{}, func() int { return 7 }, 3.5} {
		fmt.Println(kind(v))
	}
}
