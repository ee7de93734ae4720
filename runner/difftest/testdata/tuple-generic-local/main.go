// difftest: same
package main

// Assignments of several values to elements, fields and pointed-to
// variables of interface types: of a type declared in the function, in a
// generic function, through an embedded pointer, of a map of maps, in a
// goroutine.

import (
	"errors"
	"fmt"
	"io"
)

type Shape interface{ Area() int }

type Sq int

func (s Sq) Area() int { return int(s * s) }

type Inner struct{ v any }
type Outer struct {
	*Inner
	w Shape
}

func get[T any](x T) (T, error) { return x, nil }

func put[T any](m map[string]T, k string, v T) (int, error) {
	var n int
	m[k], n = v, len(m)
	return n, nil
}

func main() {
	type local interface{ Area() int }
	ls := make([]local, 2)
	var n int
	ls[0], n = Sq(2), 1
	fmt.Println(ls[0].Area(), n)

	o := Outer{Inner: &Inner{}}
	o.v, o.w, n = Sq(3), Sq(4), 7
	fmt.Println(o.v, o.w.Area(), n)
	var st struct{ a, b any }
	st.a, st.b = io.EOF, errors.New("x")
	fmt.Println(st.a, st.b)
	p := new(any)
	*p, n = Sq(5), 8
	fmt.Println(*p, n)
	var arr [2]Shape
	arr[0], arr[1], n = Sq(1), nil, 9
	fmt.Println(arr[0].Area(), arr[1] == nil, n)
	mm := map[string]map[string]any{"a": {}}
	mm["a"]["b"], n = nil, 10
	fmt.Println(len(mm["a"]), mm["a"]["b"] == nil, n)
	gm := map[string]Shape{}
	fmt.Println(put(gm, "k", Shape(Sq(6))))
	fmt.Println(gm["k"].Area())
	var e error
	sl := make([]any, 1)
	sl[0], e = get[any](Sq(7))
	fmt.Println(sl[0], e)
	fns := map[string]func() int{}
	fns["a"], n = func() int { return 11 }, 12
	fmt.Println(fns["a"](), n)
	done := make(chan bool)
	go func() {
		m := map[int]any{}
		var ok bool
		ch := make(chan any, 1)
		ch <- Sq(8)
		m[1], ok = <-ch
		fmt.Println(len(m), m[1] == Sq(8), ok)
		done <- true
	}()
	<-done
	var iface any = Sq(9)
	ms := map[string]any{}
	var ok bool
	ms["s"], ok = iface.(error)
	fmt.Println(ms["s"] == nil, len(ms), ok)
}
