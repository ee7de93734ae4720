// difftest: same
package main

import "fmt"

type Range[T int | float64] struct{ Lo, Hi T }

func (r Range[T]) String() string    { return fmt.Sprintf("[%v..%v]", r.Lo, r.Hi) }
func (r Range[T]) Contains(x T) bool { return x >= r.Lo && x <= r.Hi }

func main() {
	m := map[string]Range[int]{"teen": {13, 19}, "kid": {0, 12}}
	fmt.Println(m)
	fmt.Println(m["teen"], m["teen"].Contains(15))
	f := map[int]Range[float64]{1: {0.5, 1.5}}
	fmt.Println(f)
	fmt.Printf("%v %+v\n", f, f)
	var anyM any = m
	fmt.Println(anyM)
	ptrs := map[string]*Range[int]{"x": {1, 2}}
	fmt.Println(*ptrs["x"], ptrs["x"].String())
}
