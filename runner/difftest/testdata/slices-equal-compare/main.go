// difftest: same
package main

import (
	"fmt"

	"math"
	"slices"
	"strings"
)

type ID int

func main() {
	s := []int{3, 1, 2}
	fmt.Println(slices.Equal([]int{1}, []int{1}), slices.Equal(s, []int{3, 1}), slices.Equal([]string(nil), []string{}))
	fmt.Println(slices.Compare([]int{1, 2}, []int{1, 3}), slices.Compare([]int{1, 2}, []int{1}), slices.Compare([]string{"a"}, []string{"a"}))
	n := math.NaN()
	fmt.Println(slices.Compare([]float64{n}, []float64{1}), slices.Compare([]float64{n}, []float64{n}), slices.Equal([]float64{n}, []float64{n}))
	ids := []ID{1, 2}
	fmt.Println(slices.Equal(ids, []ID{1, 2}))
	fmt.Println(slices.Contains(s, 2), slices.Index(s, 3), slices.IndexFunc(s, func(x int) bool { return x < 2 }))
	fmt.Println(slices.ContainsFunc(s, func(x int) bool { return x > 2 }), slices.EqualFunc(s, s, func(a, b int) bool { return a == b }))
	m := map[string]int{"a": 1}
	m2 := map[string]int{"a": 1}
	fmt.Println(len(m) == len(m2), len(m2))
	delete(m2, "a")
	fmt.Println(len(m2), strings.ToUpper("x"))
}
