// difftest: same
package main

import (
	"fmt"
	"maps"
	"slices"
)

type Pair struct {
	K string
	V int
}

func main() {
	var i int
	var r rune
	for i, r = range "héllo" {
	}
	fmt.Println(i, string(r))
	ch := make(chan Pair, 3)
	ch <- Pair{"a", 1}
	ch <- Pair{"b", 2}
	close(ch)
	var last Pair
	for last = range ch {
	}
	fmt.Printf("%+v\n", last)
	var k string
	var v int
	m := map[string]int{"x": 1}
	for k, v = range maps.All(m) {
	}
	fmt.Println(k, v)
	var idx int
	var word string
	for idx, word = range slices.All([]string{"p", "q"}) {
		if idx == 0 {
			continue
		}
	}
	fmt.Println(idx, word)
	arr := [3]Pair{{"a", 1}, {"b", 2}, {"c", 3}}
	var p Pair
	var j int
	for j, p = range arr {
		p.V *= 10
	}
	fmt.Println(j, p, arr)
	ps := []*Pair{{"a", 1}}
	for _, pp := range ps {
		pp.V = 99
	}
	fmt.Println(*ps[0])
	grid := [][]int{{1, 2}, {3, 4}}
outer:
	for y, row := range grid {
		for x := range slices.Values(row) {
			if x == 3 {
				fmt.Println("found at row", y)
				break outer
			}
			if x == 2 {
				continue outer
			}
			fmt.Println("x", x)
		}
	}
	var s []int
	for i := range 3 {
		s = append(s, i)
	}
	var sum int
	for _, sum2 := range s {
		sum += sum2
	}
	fmt.Println(sum)
	type kv struct {
		k string
		v int
	}
	var e kv
	for e.k, e.v = range map[string]int{"only": 5} {
	}
	fmt.Println(e)
	var arrIdx [2]int
	for arrIdx[1] = range 4 {
	}
	fmt.Println(arrIdx)
}
