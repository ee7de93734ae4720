// difftest: refused two appends to a []rune converted from a string and kept through a pointer to a local struct, whose capacity Go's escape analysis decides (32 on the stack, 2 on the heap)
package main

// A name tag keeps the runes of a player's name in a field, through a
// pointer, and tries two endings on them; which ending the first answer
// shows went by the capacity Go's escape analysis gave the converted
// slice.

import "fmt"

type Tag struct{ runes []rune }

func main() {
	name := "yo"
	t := &Tag{}
	r := []rune(name)
	t.runes = r
	a := append(r, '1')
	b := append(r, '2')
	fmt.Println(string(a), string(b), len(t.runes))
}
