// difftest: same
package main

// A generic wrapper that embeds a pointer to a generic box has the box's
// pointer methods in its value's method set: stored in an interface of
// them beside another implementation, it is told apart by the two-value
// assertion and by a type switch.

import "fmt"

type Box[T any] struct{ v T }

func (b *Box[T]) Get() T  { return b.v }
func (b *Box[T]) Set(v T) { b.v = v }

type Labelled[T any] struct {
	*Box[T]
	Label string
}

type Fixed struct{ s string }

func (f Fixed) Get() string { return f.s }
func (f Fixed) Set(string)  {}

type Store interface {
	Get() string
	Set(string)
}

func main() {
	stores := []Store{Labelled[string]{&Box[string]{"a"}, "first"}, Fixed{"b"}}
	for _, s := range stores {
		s.Set("changed")
		if l, ok := s.(Labelled[string]); ok {
			fmt.Println("labelled", l.Label, l.Get(), l.v)
		} else {
			fmt.Println("other", s.Get())
		}
		switch v := s.(type) {
		case Labelled[string]:
			fmt.Println("case labelled", v.Label)
		case Fixed:
			fmt.Println("case fixed", v.s)
		}
	}
}
