// difftest: refused a type on a basic type with a Format method stored in a sync.Map, which the interpreter hands the map as a bare int
package main

import (
	"fmt"
	"sync"
)

type Money int

func (m Money) Format(f fmt.State, verb rune) { fmt.Fprintf(f, "$%d.%02d", int(m)/100, int(m)%100) }

func main() {
	var prices sync.Map
	prices.Store("tea", Money(250))
	prices.Store("cake", Money(399))
	for _, k := range []string{"tea", "cake"} {
		v, _ := prices.Load(k)
		fmt.Println(k, v)
	}
	var n any = 7
	fmt.Println(n)
}
