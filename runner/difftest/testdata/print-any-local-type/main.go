// difftest: refused a struct type declared inside a function that holds a Stringer, printed through an interface: the interpreter prints the field's value where Go calls its String, and socklab can describe only a type of the file's top level
package main

import "fmt"

type V struct{ N int }

func (v V) String() string { return fmt.Sprintf("V<%d>", v.N) }

func main() {
	type Row struct{ X V }
	ch := make(chan any, 1)
	ch <- Row{V{2}}
	fmt.Println(<-ch)
}
