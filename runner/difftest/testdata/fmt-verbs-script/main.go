// difftest: same
package main

import "fmt"

type Point struct {
	X, Y int
}

type Temp float64

func main() {
	p := Point{1, 2}
	fmt.Printf("%v\n", p)
	fmt.Printf("%+v\n", p)
	fmt.Printf("%#v\n", p)
	fmt.Printf("%T\n", p)
	fmt.Printf("%T %v\n", Temp(3), Temp(3))
	fmt.Printf("%v %+v\n", &p, []Point{{3, 4}})
}
