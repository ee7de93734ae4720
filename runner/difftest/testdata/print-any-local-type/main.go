// difftest: same
// A struct type declared inside a function that holds a Stringer, printed
// through an interface: socklab moves the type to the top level, where it
// describes it, and fmt calls the field's String as Go does.
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
