// difftest: same
// fmt's marks for a verb that does not fit its operand, a missing or
// extra argument and a bad argument index, with values of the program's
// own types.
package main

import "fmt"

type Point struct{ X, Y int }

type Level int

type Names []string

type Temp float64

func (t Temp) String() string { return "temp" }

func main() {
	fmt.Printf("%d\n", Point{1, 2})
	fmt.Printf("%s\n", Point{1, 2})
	fmt.Printf("%d %s\n", 1, 2, Point{3, 4})
	fmt.Printf("%d\n", 1, Level(3))
	fmt.Printf("%s\n", Level(4))
	fmt.Printf("%t %q\n", Names{"a"}, Level(65))
	fmt.Printf("%x %X\n", Point{10, 11}, Names{"hi"})
	fmt.Printf("%d %v\n", Temp(1), Temp(2))
	fmt.Printf("%z\n", Point{1, 1})
	fmt.Printf("%!d\n", 3)
	fmt.Printf("%v %v\n", Level(1))
	fmt.Println(fmt.Sprintf("%[3]v %[1]v", 1, 2), fmt.Sprintf("%[0]d", 5), fmt.Sprintf("%[x]d", 5))
	fmt.Printf("%.*d|%*s\n", "a", 5, -4, "x")
	fmt.Printf("%p\n", 5)
	fmt.Printf("%e %f\n", "str", Point{})
	fmt.Printf("%s\n", nil)
	fmt.Printf("%d\n", []any{1, "a", Level(2)})
	fmt.Printf("%v %d\n", &Point{1, 2}, &Point{3, 4})
	fmt.Printf("%s %v\n", []Temp{1}, map[Level]Temp{1: 2})
	fmt.Printf("%T %T %T\n", Level(1), Names{}, &Point{})
	fmt.Printf("%8.3v|%-8v|%08v\n", Temp(1), Level(7), Level(7))
}
