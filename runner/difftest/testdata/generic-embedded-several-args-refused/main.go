// difftest: refused an embedded field of a generic type with several type arguments, which the interpreter gives no name
package main

// A labelled entry that embeds a generic pair and selects it by name.

import "fmt"

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprint(p.Key, "=", p.Val) }

type Entry struct {
	Pair[string, int]
	Note string
}

func main() {
	e := Entry{Pair[string, int]{"port", 8080}, "http"}
	fmt.Println(e.Key, e.Val, e.Note)
	fmt.Println(e.Pair.String(), e.Pair)
}
