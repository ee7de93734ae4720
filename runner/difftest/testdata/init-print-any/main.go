// difftest: same
package main

import "fmt"

// early prints values of a type declared after it, held in interfaces.
var early = fmt.Sprint([]any{V{1}, 2}, map[string]any{"k": V{3}})

type V struct{ N int }

func (v V) String() string { return fmt.Sprintf("V%d", v.N) }

func main() {
	fmt.Println(early)
	fmt.Println([]any{V{1}, 2})
}
