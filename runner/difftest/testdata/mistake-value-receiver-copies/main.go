// difftest: same
package main

// A method with a value receiver that changes its copy, ranging over a
// slice of structs and changing the loop copy, a map of structs whose
// element cannot be changed in place (copied out, changed, stored back),
// an array passed by value, and the fixes: pointer receiver, indexing.

import "fmt"

type Counter struct {
	Name string
	N    int
}

func (c Counter) IncValue()    { c.N++ }
func (c *Counter) IncPointer() { c.N++ }

func (c Counter) WithN(n int) Counter {
	c.N = n
	return c
}

func bumpArray(a [3]int) { a[0] = 100 }
func bumpSlice(s []int)  { s[0] = 100 }

func main() {
	c := Counter{Name: "a"}
	c.IncValue()
	c.IncValue()
	fmt.Println("after IncValue twice:", c.N)
	c.IncPointer()
	fmt.Println("after IncPointer:", c.N)
	d := c.WithN(9)
	fmt.Println(c, d)

	list := []Counter{{"x", 1}, {"y", 2}, {"z", 3}}
	for _, it := range list {
		it.N *= 10
		it.IncPointer()
	}
	fmt.Println("range copy:", list)
	for i := range list {
		list[i].N *= 10
	}
	fmt.Println("indexed:", list)
	for _, it := range list {
		it.IncValue()
	}
	fmt.Printf("%+v\n", list)

	ptrs := []*Counter{{"p", 1}, {"q", 2}}
	for _, p := range ptrs {
		p.N += 5
	}
	fmt.Println(*ptrs[0], *ptrs[1])

	m := map[string]Counter{"k": {"k", 1}}
	tmp := m["k"]
	tmp.N = 42
	fmt.Println(m["k"].N, tmp.N)
	m["k"] = tmp
	fmt.Println(m)

	arr := [3]int{1, 2, 3}
	bumpArray(arr)
	sl := arr[:]
	bumpSlice(sl)
	fmt.Println(arr, sl)
	arr2 := arr
	arr2[1] = -1
	fmt.Println(arr, arr2, arr == arr2)

	var fns []func()
	for _, it := range list {
		fns = append(fns, it.IncPointer)
	}
	for _, f := range fns {
		f()
	}
	fmt.Println("method values on copies:", list)
}
