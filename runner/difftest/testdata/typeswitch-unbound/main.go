// difftest: same
package main

import "fmt"

type Point struct{ X, Y int }
type Path []Point
type Celsius float64
type Conn struct{ id int }

// kind switches without binding a variable, as code that only needs the
// kind of a value does.
func kind(v any) string {
	switch v.(type) {
	case nil:
		return "nil"
	case Point:
		return "point"
	case *Point:
		return "*point"
	case Path:
		return "path"
	case Celsius:
		return "celsius"
	case float64:
		return "float"
	case *Conn:
		return "conn"
	case int, string:
		return "int or string"
	case map[string]Point:
		return "map"
	}
	return "other"
}

func main() {
	p := Point{1, 2}
	for _, v := range []any{nil, p, &p, Path{p}, []string{"x"}, Celsius(3), 3.0, &Conn{1}, Conn{2}, 4, "s", map[string]Point{}, true} {
		fmt.Println(kind(v))
	}
}
