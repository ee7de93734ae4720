// difftest: same

// Values of struct and array types copied through generic containers and
// functions: each copy its own, a pointer to the element the container's.
package main

import "fmt"

type Vec struct {
	X, Y int
	Tags [2]string
}

type Box[T any] struct {
	val  T
	hist []T
}

func (b *Box[T]) Set(v T) { b.hist = append(b.hist, b.val); b.val = v }
func (b *Box[T]) Get() T  { return b.val }
func (b *Box[T]) Ptr() *T { return &b.val }
func (b Box[T]) Copy() T  { return b.val }

func Modify[T any](x T, f func(*T)) T {
	y := x
	f(&y)
	return y
}

func Swap[T any](a, b *T) { *a, *b = *b, *a }

func Fill[T any](n int, v T) []T {
	out := make([]T, n)
	for i := range out {
		out[i] = v
	}
	return out
}

func main() {
	var b Box[Vec]
	b.Set(Vec{1, 2, [2]string{"a", "b"}})
	g := b.Get()
	g.X = 100
	g.Tags[0] = "z"
	fmt.Println(b.Get(), g)
	p := b.Ptr()
	p.Y = 50
	p.Tags[1] = "q"
	fmt.Println(b.Get(), b.Copy())
	v := Vec{X: 1}
	w := Modify(v, func(p *Vec) { p.X = 9; p.Tags[0] = "m" })
	fmt.Println(v, w)
	a1, a2 := [3]int{1, 2, 3}, [3]int{4, 5, 6}
	Swap(&a1, &a2)
	fmt.Println(a1, a2)
	vs := Fill(2, Vec{Tags: [2]string{"t", "u"}})
	vs[0].Tags[0] = "changed"
	fmt.Println(vs)
	arrBox := Box[[2]int]{}
	arrBox.Set([2]int{1, 2})
	arr := arrBox.Get()
	arr[0] = 99
	fmt.Println(arrBox.Get(), arr, arrBox.hist)
	m := map[string]Vec{"k": {X: 1}}
	mv := Modify(m["k"], func(p *Vec) { p.X++ })
	fmt.Println(m["k"].X, mv.X)
}
