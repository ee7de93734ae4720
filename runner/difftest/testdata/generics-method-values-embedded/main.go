// difftest: same

// Method values and method expressions of a generic type, an embedded
// generic field whose methods are promoted, and a generic interface whose
// methods a generic function swaps values through.
package main

import (
	"fmt"
	"strings"
)

type Box[T any] struct{ V T }

func (b Box[T]) Get() T                 { return b.V }
func (b *Box[T]) Set(v T)               { b.V = v }
func (b Box[T]) String() string         { return fmt.Sprintf("Box(%v)", b.V) }
func (b Box[T]) Map(f func(T) T) Box[T] { return Box[T]{f(b.V)} }

type Named[T any] struct {
	Box[T]
	Name string
}

type Container[T any] interface {
	Get() T
	Set(T)
}

func Swap[T any](a, b Container[T]) {
	x, y := a.Get(), b.Get()
	a.Set(y)
	b.Set(x)
}

func main() {
	b := Box[int]{1}
	get := b.Get
	set := b.Set
	set(5)
	fmt.Println(get(), b.Get(), b)
	setter := (*Box[int]).Set
	setter(&b, 9)
	getter := Box[int].Get
	fmt.Println(getter(b))
	n := Named[string]{Box[string]{"hi"}, "greeting"}
	fmt.Println(n.Get(), n.Name)
	n.Set("bye")
	fmt.Println(n.V, n)
	fmt.Printf("%v|%+v|%s\n", n, n, n.Box)
	up := n.Map(strings.ToUpper)
	fmt.Println(up)
	a, c := &Box[float64]{1.5}, &Box[float64]{2.5}
	Swap[float64](a, c)
	fmt.Println(a, c, *a)
	var ctr Container[string] = &n
	ctr.Set("via iface")
	fmt.Println(n.Get())
	fs := []func() int{b.Get}
	b.Set(100)
	fmt.Println(fs[0](), b.Get())
}
