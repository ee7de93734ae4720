// difftest: same
package main

// Maps of structs as tutorials update them: read-modify-write of a
// struct value, a map of pointers changed in place, a nested map created
// on demand, delete while ranging, counting with a struct key, grouping
// into a map of slices, and sorted output through slices and maps.

import (
	"fmt"
	"maps"
	"slices"
	"strings"
)

type Stats struct {
	Count int
	Total float64
	Tags  []string
}

type Key struct {
	Dept, Level string
}

func main() {
	data := []struct {
		name, dept, level string
		pay               float64
	}{
		{"ann", "eng", "sr", 120}, {"bob", "eng", "jr", 80}, {"cy", "ops", "sr", 90},
		{"di", "eng", "sr", 130}, {"ed", "ops", "jr", 60}, {"fay", "hr", "jr", 55},
	}
	byDept := map[string]Stats{}
	ptrs := map[string]*Stats{}
	byKey := map[Key]int{}
	nested := map[string]map[string][]string{}
	for _, d := range data {
		s := byDept[d.dept]
		s.Count++
		s.Total += d.pay
		s.Tags = append(s.Tags, d.name)
		byDept[d.dept] = s
		if ptrs[d.level] == nil {
			ptrs[d.level] = &Stats{}
		}
		ptrs[d.level].Count++
		ptrs[d.level].Total += d.pay
		byKey[Key{d.dept, d.level}]++
		if nested[d.dept] == nil {
			nested[d.dept] = map[string][]string{}
		}
		nested[d.dept][d.level] = append(nested[d.dept][d.level], d.name)
	}
	for _, k := range slices.Sorted(maps.Keys(byDept)) {
		s := byDept[k]
		fmt.Printf("%-4s %d %6.1f %v\n", k, s.Count, s.Total/float64(s.Count), s.Tags)
	}
	for _, k := range slices.Sorted(maps.Keys(ptrs)) {
		fmt.Printf("%s %+v\n", k, *ptrs[k])
	}
	keys := slices.SortedFunc(maps.Keys(byKey), func(a, b Key) int {
		return strings.Compare(a.Dept+a.Level, b.Dept+b.Level)
	})
	for _, k := range keys {
		fmt.Print(k, "=", byKey[k], " ")
	}
	fmt.Println()
	fmt.Println(nested)
	for k, s := range byDept {
		if s.Count < 2 {
			delete(byDept, k)
		}
	}
	fmt.Println(len(byDept), byDept["hr"].Count, byDept["eng"].Tags[1:])
	v, ok := byDept["none"]
	fmt.Printf("%+v %v %v\n", v, ok, v.Tags == nil)
	cp := maps.Clone(byDept)
	cp["eng"] = Stats{Count: 99}
	fmt.Println(byDept["eng"].Count, cp["eng"].Count, maps.Equal(byKey, map[Key]int{}))
	maps.DeleteFunc(byKey, func(k Key, n int) bool { return n < 2 })
	fmt.Println(byKey)
}
