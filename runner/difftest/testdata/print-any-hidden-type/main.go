// difftest: same
package main

import (
	"fmt"

	"github.com/socklab/socklab/runner/difftest/testdata/print-any-hidden-type/deck"
)

// Values of types that another package declares and does not export,
// printed through interfaces: fmt calls their String and Error methods,
// and %T names them, as Go does.
func main() {
	c := deck.Card("king", "clubs")
	fmt.Println(c)
	fmt.Printf("%v|%s|%T|%+v\n", c, c, c, c)
	hp, hv := deck.Hand(3)
	fmt.Println(hp, hv)
	fmt.Printf("%T %T\n", hp, hv)
	f := deck.Fault(7)
	fmt.Println(f)
	fmt.Printf("%v %T %d\n", f, f, f)
	fmt.Println(deck.Cards())
	fmt.Println(deck.Cards()...)
	fmt.Println(map[string]any{"c": c})
	fmt.Println([]any{c, hp, f})
}
