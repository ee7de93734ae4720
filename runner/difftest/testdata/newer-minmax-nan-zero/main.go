// difftest: same
package main

// Go 1.21's min, max and clear at their edges: a NaN anywhere makes min and
// max NaN, min(-0.0, 0.0) is -0.0, strings compare bytewise, and clear on a
// map removes even NaN keys, which delete cannot reach.

import (
	"fmt"
	"math"
)

type Celsius float64

func main() {
	nan := math.NaN()
	negZero := math.Copysign(0, -1)
	fmt.Println(min(1.0, nan, 3.0), max(nan, 2.0), min(2.0, 3.0, nan))
	fmt.Println(math.Signbit(min(negZero, 0.0)), math.Signbit(min(0.0, negZero)))
	fmt.Println(math.Signbit(max(negZero, 0.0)), math.Signbit(max(0.0, negZero)))
	fmt.Println(min(math.Inf(1), 5), max(math.Inf(-1), -5))
	fmt.Println(min("banana", "apple", "cherry"), max("a", "B", "ä"))
	fmt.Println(min(Celsius(21.5), 19), max(Celsius(-3), -7))
	var u8 uint8 = 200
	fmt.Println(max(u8, 100), min(u8, 255))
	const c = max(3, 7.5, 'a')
	fmt.Printf("%T %v\n", c, c)
	x := 10
	y := min(x, 4) + max(x, 40)
	fmt.Println(y)

	m := map[float64]string{1: "one", 2: "two"}
	m[nan] = "first nan"
	m[nan] = "second nan"
	fmt.Println(len(m))
	delete(m, nan)
	fmt.Println(len(m), m[nan] == "")
	clear(m)
	fmt.Println(len(m))
	m[3] = "three"
	fmt.Println(m)

	s := []int{1, 2, 3, 4}
	clear(s[1:3])
	fmt.Println(s, len(s), cap(s))
	ps := []*int{&x, &x}
	clear(ps)
	fmt.Println(ps[0] == nil, ps[1] == nil)
	type pair struct {
		a string
		b []int
	}
	prs := []pair{{"a", []int{1}}, {"b", nil}}
	clear(prs)
	fmt.Printf("%+v\n", prs)
	var nilMap map[string]int
	clear(nilMap)
	fmt.Println(nilMap == nil)
}
