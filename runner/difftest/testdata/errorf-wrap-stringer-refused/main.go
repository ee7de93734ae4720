// difftest: refused %w of a fmt.Stringer that holds a value of the script's type that is no error, which fmt names by reflect (%!w(main.Point={1 2})), where the interpreter's type has no Go name
package main

import "fmt"

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°", float64(t)) }

type Point struct{ X, Y int }

func (p Point) String() string { return fmt.Sprint("(", p.X, ",", p.Y, ")") }

func main() {
	var s fmt.Stringer = Point{1, 2}
	fmt.Println(fmt.Errorf("bad %w", s))
	var t fmt.Stringer = Temp(3)
	fmt.Println(fmt.Errorf("bad %w", t))
}
