// difftest: same
package main

import "fmt"

// gc stores each entry of a map literal as m[k] = v: the key's calls
// first, then the value, then the rest of a key that mapassign takes by
// value (ints, strings, pointers) or by its address (a variable, an
// element, a field); a key of another type (a float, a byte, a struct of
// 8 bytes, an interface) is read whole before the value.

type pair struct{ A, B int }

type id struct{ N int }

type name string

var (
	i   int
	x        = 1
	f        = 1.5
	s        = "ab"
	ss       = []int{10, 20, 30}
	arr      = [2]int{1, 2}
	tbl      = map[int]int{0: 100}
	p        = pair{1, 2}
	pp       = &pair{1, 2}
	who      = id{1}
	nm  name = "n"
	bs       = []byte("ab")
)

// bump changes everything the keys read.
func bump() int {
	i++
	x++
	f++
	s = "cd"
	ss[0]++
	arr[0]++
	tbl[0]++
	p.A++
	pp.A++
	who.N++
	nm = "m"
	bs[0] = 'z'
	return 7
}

func at() int { return i }

func reset() {
	i, x, f, s = 0, 1, 1.5, "ab"
	ss, arr, tbl = []int{10, 20, 30}, [2]int{1, 2}, map[int]int{0: 100}
	p, pp, who, nm, bs = pair{1, 2}, &pair{1, 2}, id{1}, "n", []byte("ab")
}

func main() {
	reset()
	fmt.Println("var", map[int]int{x: bump()})
	reset()
	fmt.Println("index", map[int]int{ss[i]: bump()}, map[int]int{ss[0]: bump()})
	reset()
	fmt.Println("array", map[int]int{arr[0]: bump()})
	reset()
	fmt.Println("map index", map[int]int{tbl[0]: bump()})
	reset()
	fmt.Println("field", map[int]int{p.A: bump()}, map[int]int{pp.A: bump()})
	reset()
	fmt.Println("unary", map[int]int{-x: bump()})
	reset()
	fmt.Println("binary", map[int]int{x + 0: bump()}, map[string]int{s + "!": bump()})
	reset()
	fmt.Println("conversion", map[int64]int{int64(x): bump()}, map[string]int{string(bs): bump()})
	reset()
	fmt.Println("named string", map[name]int{nm + "?": bump()})
	reset()
	fmt.Println("call in key", map[int]int{ss[at()]: bump()}, map[int]int{-at() + x: bump()})
	reset()
	fmt.Println("float", map[float64]int{f: bump()}, map[float64]int{-f: bump()})
	reset()
	fmt.Println("byte", map[byte]int{s[0]: bump()})
	reset()
	fmt.Println("struct of 8 bytes", map[id]int{who: bump()})
	reset()
	fmt.Println("struct of 16 bytes", map[pair]int{p: bump()}, map[pair]int{{x, x}: bump()})
	reset()
	fmt.Println("interface", map[any]int{x: bump()})
	reset()
	fmt.Println("bool", map[bool]int{x == 1: bump()})
	reset()
	fmt.Println("value first", map[int]int{bump(): x})

	// Several entries, each stored in gc's order.
	reset()
	fmt.Println("entries", map[int]int{-x: bump(), 1000: x})
	reset()
	fmt.Println("entries after", map[int]int{1000: x, -x: bump()})
	reset()
	fmt.Println("entries of structs", map[id]string{{1000}: "a", who: fmt.Sprint(bump())})
	reset()
	fmt.Println("lines", map[int64]int{
		int64(x): bump(),
		2000:     x,
	})
}
