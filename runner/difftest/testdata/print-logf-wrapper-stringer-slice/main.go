// difftest: refused a logf wrapper handed slices of a type with a String method, which the interpreter hands fmt as its own type, whose elements fmt printed without it
package main

import "fmt"

type Point struct{ X, Y int }

func (p Point) String() string { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }

type Plain struct {
	A int
	b string
}

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1fC", float64(t)) }

type Err struct{ Code int }

func (e *Err) Error() string { return fmt.Sprint("err ", e.Code) }

type Pair struct{ X, Y int }

func logf(format string, args ...any) { fmt.Printf("> "+format+"\n", args...) }

func main() {
	logf("%v %s", []Point{{1, 2}}, []Point{{3, 4}})
	logf("%v %d", []Plain{{1, "x"}}, []Plain{{2, "y"}})
	logf("%v", map[string]Point{"a": {1, 1}})
	logf("%v", []*Point{{5, 6}})
	logf("%v", [2]Point{{7, 8}})
	logf("%v %s", []Temp{1, 2.5}, []Temp{3})
	logf("%v", []*Err{{1}})
	logf("%v", map[Point]Plain{{1, 1}: {3, "z"}})
	logf("%v", [][]Point{{{1, 1}}})
	logf("%v %v", []Pair{{1, 2}}, []struct{ X, Y int }{{3, 4}})
	logf("%x %q", []Temp{1}, []Point{{1, 1}})
}
