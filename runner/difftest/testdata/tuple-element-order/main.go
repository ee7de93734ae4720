// difftest: same
package main

// Elements, fields and pointed-to variables of interface types beside
// other values, with calls on either side: Go evaluates the left side's
// operands and the right side before it assigns, left to right.

import (
	"errors"
	"fmt"
)

type Node struct {
	next *Node
	v    any
}

var global = []any{0, 0, 0}

func idx(i int) int    { fmt.Println("idx", i); return i }
func val(s string) any { fmt.Println("val", s); return s }

type T struct{ s string }

func (t T) String() string { return "T:" + t.s }

func pair() (any, error)         { return nil, errors.New("e") }
func pairT() (fmt.Stringer, int) { return T{"p"}, 2 }

func main() {
	sl := make([]any, 2)
	var err error
	sl[0], err = pair()
	fmt.Println(sl, err)
	type P struct {
		v fmt.Stringer
		n int
	}
	pp := &P{}
	pp.v, pp.n = pairT()
	fmt.Println(pp.v, pp.n)
	pp.v, pp.n = T{"x"}, len(sl)
	fmt.Println(pp.v, pp.n)
	cs := make(chan any, 1)
	cs <- T{"c"}
	var ok bool
	sl[1], ok = <-cs
	fmt.Println(sl, ok)

	// an earlier variable changes a later index
	s := make([]any, 3)
	i := 0
	i, s[i] = 2, val("a")
	fmt.Println(i, s)
	// an earlier element write changes a later index read through memory
	a := []int{0, 1, 2}
	b := make([]any, 3)
	a[0], b[a[0]] = 2, val("b")
	fmt.Println(a, b)
	// a pointer change
	n1, n2 := &Node{}, &Node{}
	n1.next = n2
	p := n1
	p, p.v = n2, val("p")
	fmt.Println(n1.v, n2.v, p == n2)
	n1.next, n1.next.v = nil, errors.New("e")
	fmt.Println(n1.next, n2.v)
	// calls on the left first, in order
	s[idx(0)], s[idx(1)] = val("x"), val("y")
	fmt.Println(s)
	// address taken
	k := 1
	pk := &k
	*pk, global[k] = 2, val("g")
	fmt.Println(k, global)
	// swap of an []any
	s[0], s[2] = s[2], s[0]
	fmt.Println(s)
	m := map[string]any{}
	key := "a"
	key, m[key] = "b", nil
	fmt.Println(key, len(m), m)
	// multi-line
	m["x"], m["y"] = val("1"),
		val("2")
	fmt.Println(m)
	var arr [3]any
	j := 0
	j, arr[j] = 1, val("arr")
	fmt.Println(j, arr)
}
