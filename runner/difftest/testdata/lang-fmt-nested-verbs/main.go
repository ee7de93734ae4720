// difftest: same
package main

// fmt verbs over nested types as tutorials print them: %v %+v %#v of
// structs holding pointers, slices, maps with struct keys and arrays;
// %T of composite and func types; %q and %x of strings, byte slices and
// string slices; widths, precisions and flags.

import "fmt"

type Point struct{ X, Y int }

type Shape struct {
	Name   string
	Origin *Point
	Pts    []Point
	Tags   map[string]int
	Grid   [2][2]bool
	Extra  any
	hidden float64
}

type Celsius float64

type Temps map[Point]Celsius

func main() {
	s := Shape{Name: "tri", Origin: &Point{1, 2}, Pts: []Point{{0, 0}, {3, 4}},
		Tags: map[string]int{"b": 2, "a": 1}, Extra: Point{5, 6}, hidden: 0.5}
	fmt.Printf("%v\n", s.Pts)
	fmt.Printf("%+v\n", s.Pts)
	fmt.Printf("%#v\n", s.Pts)
	fmt.Printf("%+v\n", *s.Origin)
	fmt.Printf("%#v\n", s.Tags)
	fmt.Printf("%v %+v\n", s.Grid, s.Extra)
	fmt.Printf("%#v\n", s.Extra)
	fmt.Printf("%#v\n", s.Grid)
	t := Temps{{1, 2}: 20.5, {0, 1}: -3}
	fmt.Printf("%v\n", t)
	fmt.Printf("%#v\n", t)
	fmt.Printf("%T %T %T\n", s, t, s.Origin)
	fmt.Printf("%T %T %T\n", main, fmt.Sprintf, func(int, ...string) (bool, error) { return false, nil })
	fmt.Printf("%T %T %T\n", make(chan<- Point), [3]*Celsius{}, map[Point][]any{})
	fmt.Printf("%q %q %+q\n", "héllo\n", []string{"a b", "c\"d"}, "é")
	fmt.Printf("%x %X % x %#x\n", "hi!", []byte{1, 171}, "go", "go")
	fmt.Printf("%x\n", []string{"ab", "cd"})
	fmt.Printf("[%8.3f][%-8.2f][%+.1e][%08.2f]\n", 3.14159, 2.5, 12345.678, -1.5)
	fmt.Printf("[%6d][%-6d][%06d][%+d][%x][%#o][%b]\n", 42, 42, -42, 7, 255, 8, 5)
	fmt.Printf("[%10s][%-10s][%.2s][%10.3q]\n", "go", "go", "golang", "golang")
	fmt.Printf("[%5t][%v][%c][%U][%#U]\n", true, 'x', 0x4E16, 0x4E16, 'é')
	fmt.Printf("%v %.1f %5.1f\n", Celsius(21.25), Celsius(21.25), []Celsius{1, 2.25})
	fmt.Printf("%d %s\n", s.Pts, s.Name)
	fmt.Printf("%v %d\n", &s.Pts[0], &Point{7, 8})
	fmt.Printf("%*d|%-*d|%.*f\n", 5, 1, 4, 2, 2, 3.14159)
	var np *Point
	var ni any
	fmt.Printf("%v %+v %#v %v %#v\n", np, np, np, ni, ni)
}
