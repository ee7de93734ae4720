// difftest: same
package main

import (
	"fmt"

	"github.com/socklab/socklab/runner/difftest/testdata/print-any-other-package/game"
)

func pick() any { return &game.Move{"stone"} }

// A package's struct types with a String method, printed through an any
// in another package: fmt calls the method, of a pointer too where the
// method has a value receiver, and names the type with %T.
func main() {
	var x any = game.Move{"rock"}
	fmt.Println(x)
	fmt.Printf("%v|%s|%T|%+v\n", x, x, x, x)
	var p any = &game.Move{"paper"}
	fmt.Println(p)
	fmt.Printf("%T\n", p)
	var t any = game.Throw{"low"}
	var tp any = &game.Throw{"high"}
	fmt.Println(t, tp)
	var h any = game.Hand{"a", "b"}
	fmt.Println(h)
	all := []any{game.Move{"a"}, &game.Move{"b"}, game.Throw{"c"}, &game.Throw{"d"}, game.Hand{"e"}, game.Round{1, game.Move{"f"}}}
	fmt.Println(all)
	fmt.Println(all...)
	fmt.Println(map[string]any{"k": game.Move{"m"}})
	var r any = game.Round{2, game.Move{"g"}}
	fmt.Printf("%v %+v\n", r, r)
	fmt.Println(game.Pick("scissors"), pick())
	game.Show(game.Move{"shown"})
	game.Show(x)
	var s fmt.Stringer = game.Move{"stringer"}
	fmt.Println(s)
}
