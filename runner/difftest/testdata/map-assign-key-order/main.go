// difftest: same
package main

import "fmt"

// gc assigns m[k] = v, and m[k] op= v, evaluating v before a key that
// mapassign takes by value (ints, strings) or by its address (a variable,
// an element), but for the key's calls, and a key of another type (a
// float, a byte, a struct of 8 bytes, an interface, a bool) whole before v.

type id struct{ N int }

type flag bool

var (
	i   int
	x   = 1
	f   = 1.5
	s   = "ab"
	ss  = []int{10, 20, 30}
	who = id{1}
)

// bump changes what the keys read.
func bump() int {
	i++
	x++
	f++
	s = "cd"
	ss[0]++
	who.N++
	return 7
}

func at() int { return i }

func reset() { i, x, f, s, ss, who = 0, 1, 1.5, "ab", []int{10, 20, 30}, id{1} }

func main() {
	reset()
	m := map[int]int{}
	m[-x] = bump()
	m[ss[at()]] = bump()
	m[x] += bump()
	m[-x] += bump()
	fmt.Println("int", m)

	reset()
	mf := map[float64]int{}
	mf[-f] = bump()
	mf[f] = bump()
	mf[-f] += bump()
	fmt.Println("float", mf)

	reset()
	mb := map[byte]int{}
	mb[s[0]] = bump()
	mb[s[1]] -= bump()
	fmt.Println("byte", mb)

	reset()
	ms := map[id]int{}
	ms[who] = bump()
	ms[id{x}] = bump()
	ms[who] += bump()
	fmt.Println("struct", ms)

	reset()
	ma := map[any]int{}
	ma[x] = bump()
	ma[s] += bump()
	fmt.Println("any", ma)

	reset()
	mq := map[flag]int{}
	mq[x == 1] = bump()
	fmt.Println("flag", mq)

	reset()
	mstr := map[string]int{}
	mstr[s+"!"] = bump()
	mstr[s[1:]] = bump()
	fmt.Println("string", mstr)
}
