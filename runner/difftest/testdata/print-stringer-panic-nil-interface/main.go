// difftest: same
// A String method that calls a method of a nil field of an interface
// type no type of the program implements: fmt prints Go's runtime error,
// and %#v names the interface in main.Namer(nil).
package main

import "fmt"

type Namer interface{ Name() string }

type Pet struct{ owner Namer }

func (p Pet) String() string { return "pet of " + p.owner.Name() }

type Household struct{ members []Namer }

func main() {
	fmt.Println(Pet{})
	fmt.Printf("%v|%s|%d\n", Pet{}, Pet{}, Pet{})
	fmt.Printf("%+v %#v\n", Household{}, Household{members: make([]Namer, 2)})
	var n Namer
	fmt.Printf("%v %T %#v\n", n, n, n)
}
