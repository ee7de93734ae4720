// difftest: same

// A negative zero handed to the script's functions whose results are
// indexed, ranged over, sent, compared, asserted, or called through
// again arrives as -0.
package main

import (
	"fmt"
	"math"
	"strings"
)

type V struct{ X float64 }

func (v V) String() string { return fmt.Sprintf("V(%v)", v.X) }

func id(x float64) float64        { return x }
func sgn(x float64) int           { return map[bool]int{true: -1, false: 1}[math.Signbit(x)] }
func mk(x float64) V              { return V{x} }
func list(x float64) []float64    { return []float64{x, x} }
func box(x float64) any           { return x }
func str(x float64) string        { return fmt.Sprint(x) }
func two(x float64) (int, string) { return sgn(x), str(x) }

func main() {
	nz := math.Copysign(0, -1)
	s := 1 + sgn(nz)*10
	xs := []string{"a", "b", "c"}
	fmt.Println(s, xs[sgn(nz)+1], mk(nz).String(), mk(nz))
	for _, v := range list(nz) {
		fmt.Print(v, " ")
	}
	fmt.Println()
	ch := make(chan float64, 2)
	ch <- id(nz)
	v := id(nz)
	select {
	case ch <- v:
	default:
	}
	fmt.Println(<-ch, <-ch)
	total := 0.0
	total += id(nz)
	fmt.Println(total, id(id(nz)), str(id(nz)))
	switch v := box(nz).(type) {
	case float64:
		fmt.Println("float", v)
	}
	m := map[string]V{str(nz): mk(nz)}
	fmt.Println(m, len(m))
	n, t := two(nz)
	fmt.Println(n, t, strings.Repeat("-", sgn(nz)+2))
	arr := [2]int{sgn(nz), -sgn(nz)}
	fmt.Println(arr, V{id(nz)}, &V{id(nz)})
	f := func() float64 { return id(nz) }
	fmt.Println(f(), -id(nz), id(nz) < 0, id(nz) == 0)
	i := 0
	for j := id(nz); i < 2; j = id(j) {
		fmt.Println("loop", j, i)
		i++
	}
	p := &V{}
	p.X = id(nz)
	fmt.Println(p.X, math.Signbit(id(nz)))
	var iface fmt.Stringer = mk(nz)
	fmt.Println(iface)
}
