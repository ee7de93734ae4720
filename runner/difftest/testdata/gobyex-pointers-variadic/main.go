// difftest: same
package main

// Go by Example, Pointers, Variadic Functions and Multiple Return Values:
// a value against a pointer parameter, new, pointers to struct fields and
// slice elements, variadic sums with a spread slice, and blank results.

import "fmt"

func zeroval(ival int) { ival = 0 }

func zeroptr(iptr *int) { *iptr = 0 }

func sum(nums ...int) (total int, count int) {
	fmt.Print(nums, " ")
	for _, num := range nums {
		total += num
	}
	return total, len(nums)
}

func join(sep string, parts ...string) string {
	out := ""
	for i, p := range parts {
		if i > 0 {
			out += sep
		}
		out += p
	}
	return out
}

type counter struct{ hits int }

func bump(c *counter, by ...int) {
	if len(by) == 0 {
		c.hits++
		return
	}
	for _, b := range by {
		c.hits += b
	}
}

func main() {
	i := 1
	fmt.Println("initial:", i)
	zeroval(i)
	fmt.Println("zeroval:", i)
	zeroptr(&i)
	fmt.Println("zeroptr:", i)
	p := new(int)
	*p = 42
	q := p
	*q++
	fmt.Println(*p, p == q, p != nil)

	fmt.Println(sum(1, 2))
	fmt.Println(sum(1, 2, 3))
	nums := []int{1, 2, 3, 4}
	total, _ := sum(nums...)
	fmt.Println(total)
	_, n := sum()
	fmt.Println(n)
	fmt.Println(join("-", "a", "b", "c"), join(","), join("+", []string{"x"}...))

	c := counter{}
	bump(&c)
	bump(&c, 5, 10)
	hp := &c.hits
	*hp *= 2
	fmt.Println(c.hits)
	xs := []int{10, 20, 30}
	ep := &xs[1]
	*ep = 25
	xs = append(xs, 40)
	fmt.Println(xs, *ep)
	arr := [3]int{1, 2, 3}
	ap := &arr
	ap[0] = 100
	for i := range ap {
		ap[i]++
	}
	fmt.Println(arr, len(ap))
	var np *counter
	fmt.Println(np == nil, np)
}
