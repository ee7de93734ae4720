// difftest: same
package main

// A Tour of Go, Maps: a map of Vertex values with a literal that elides
// the element type, inserting, updating, deleting, and the comma-ok test;
// a map of pointers updated in place.

import "fmt"

type Vertex struct {
	Lat, Long float64
}

var m = map[string]Vertex{
	"Bell Labs": {40.68433, -74.39967},
	"Google":    {37.42202, -122.08408},
}

func main() {
	fmt.Println(m)
	fmt.Println(m["Bell Labs"])
	mm := make(map[string]int)
	mm["Answer"] = 42
	fmt.Println("The value:", mm["Answer"])
	mm["Answer"] = 48
	fmt.Println("The value:", mm["Answer"])
	delete(mm, "Answer")
	fmt.Println("The value:", mm["Answer"])
	v, ok := mm["Answer"]
	fmt.Println("The value:", v, "Present?", ok)

	ptrs := map[string]*Vertex{"home": {1, 2}}
	ptrs["home"].Lat = 10
	fmt.Println(*ptrs["home"], len(ptrs))
	var nilMap map[string]int
	fmt.Println(nilMap["x"], len(nilMap), nilMap == nil)
	defer func() { fmt.Println("recovered:", recover()) }()
	nilMap["x"] = 1
}
