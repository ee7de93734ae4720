// difftest: same
package main

// Generic types with String and Error methods printed by fmt, in slices
// and maps too: the interpreter called one generic type's String with
// another's value, where each instance is a plain type now.

import (
	"errors"
	"fmt"
)

type Box[T any] struct{ v T }

func (b *Box[T]) String() string { return fmt.Sprintf("Box(%v)", b.v) }

type Tagged[T any] struct {
	Tag string
	Val T
}

func (t Tagged[T]) String() string { return t.Tag + "=" + fmt.Sprint(t.Val) }

type Err[T any] struct{ v T }

func (e Err[T]) Error() string { return fmt.Sprint("err ", e.v) }

func main() {
	b := Box[int]{3}
	fmt.Println(b, &b)
	fmt.Printf("%v %+v %s\n", b, &b, &b)
	ts := []Tagged[int]{{"a", 1}, {"b", 2}}
	fmt.Println(ts, ts[0])
	m := map[string]Tagged[bool]{"x": {"t", true}}
	fmt.Println(m)
	var err error = Err[string]{"x"}
	fmt.Println(err, errors.Is(err, Err[string]{"x"}))
	fmt.Printf("%v %d\n", Tagged[float64]{"pi", 3.14}, Tagged[int]{"n", 1})
}
