// difftest: same
package main

// A name tag keeps the runes of a player's name in a field and tries two
// endings on them; the tag stays in its function, so go build converts
// the name into a buffer of 32 runes on the stack, which both endings
// share.

import "fmt"

type Tag struct{ runes []rune }

func main() {
	name := "yo"
	var t Tag
	r := []rune(name)
	t.runes = r
	a := append(r, '1')
	b := append(r, '2')
	fmt.Println(string(a), string(b), len(t.runes))
	t.runes = append(t.runes, 'x')
	c := append(t.runes[:2], '3')
	fmt.Println(string(t.runes), string(c), cap(t.runes))
	var buf struct {
		line []byte
		n    int
	}
	buf.line = []byte(name + " and more")
	buf.n = len(buf.line)
	l1 := append(buf.line, '!')
	l2 := append(buf.line, '?')
	fmt.Println(string(l1), string(l2), buf.n)
}
