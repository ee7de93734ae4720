// difftest: refused printing an any that holds a slice or map of an interface the script declares: the interpreter's wrappers of the elements print as structs of pointers
package main

import "fmt"

type shape interface{ area() float64 }

type sq struct{ s float64 }

func (s sq) area() float64 { return s.s * s.s }

func main() {
	var x any = []shape{sq{2}}
	fmt.Printf("%v\n", x)
	var m any = map[string]shape{"a": sq{1}}
	fmt.Printf("%v\n", m)
	fmt.Printf("%T\n", m)
}
