// difftest: same
// Maps with keys of every comparable kind, printed in fmt's sorted order,
// maps of maps and of slices, the maps package, a nil map read and
// written, and NaN keys.
package main

import (
	"fmt"
	"maps"
	"slices"
	"sort"
)

type key struct {
	a [2]int
	s string
}

func main() {
	m := map[any]int{1: 1, "a": 2, 2.5: 3, true: 4, 'x': 5, [2]int{1, 2}: 6}
	fmt.Println(len(m), m[1], m["a"], m[2.5], m[true], m['x'], m[[2]int{1, 2}])
	fmt.Println(map[int]string{3: "c", 1: "a", 2: "b"})
	fmt.Println(map[float64]bool{2.5: true, -1: false})
	fmt.Println(map[bool]int{true: 1, false: 0})
	fmt.Println(map[[2]int]string{{2, 1}: "x", {1, 9}: "y"})
	km := map[key]int{{[2]int{1, 2}, "x"}: 1}
	km[key{[2]int{1, 2}, "x"}]++
	fmt.Println(km)
	mm := map[string]map[string]int{}
	for _, p := range [][2]string{{"a", "x"}, {"a", "y"}, {"b", "x"}} {
		if mm[p[0]] == nil {
			mm[p[0]] = map[string]int{}
		}
		mm[p[0]][p[1]]++
	}
	fmt.Println(mm)
	words := []string{"b", "a", "c", "a", "b", "a"}
	freq := map[string]int{}
	for _, w := range words {
		freq[w]++
	}
	type kv struct {
		k string
		v int
	}
	var kvs []kv
	for k, v := range freq {
		kvs = append(kvs, kv{k, v})
	}
	sort.Slice(kvs, func(i, j int) bool { return kvs[i].v > kvs[j].v })
	fmt.Println(kvs)
	c := maps.Clone(freq)
	c["z"] = 9
	fmt.Println(len(freq), len(c))
	maps.DeleteFunc(c, func(k string, v int) bool { return v < 2 })
	fmt.Println(c)
	maps.Copy(c, map[string]int{"q": 1})
	fmt.Println(slices.Sorted(maps.Keys(c)))
	var nilm map[string]int
	fmt.Println(nilm["x"], len(nilm), nilm == nil)
	delete(nilm, "x")
	for k := range nilm {
		fmt.Println(k)
	}
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		nilm["x"] = 1
	}()
	sm := map[string][]int{}
	sm["a"] = append(sm["a"], 1)
	fmt.Println(sm)
	ptrm := map[string]*int{}
	v := 5
	ptrm["p"] = &v
	*ptrm["p"]++
	fmt.Println(v)
	fmt.Printf("%v %d\n", map[string]int{"b": 2, "a": 1}, map[string]int{"b": 2, "a": 1})
	nanm := map[float64]int{}
	nan := 0.0
	nan = nan / nan
	nanm[nan] = 1
	nanm[nan] = 2
	fmt.Println(len(nanm))
}
