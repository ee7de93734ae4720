// difftest: same
package main

// rev and append of chapter 4 of The Go Programming Language: reversing
// a slice in place and rotating by reversing thrice, an array by pointer,
// appendInt growing the capacity by doubling as the book writes it (so
// its capacities are the book's own, not append's), and the variadic
// form; then nonempty filtering in place and a slice used as a stack.

import "fmt"

func reverse(s []int) {
	for i, j := 0, len(s)-1; i < j; i, j = i+1, j-1 {
		s[i], s[j] = s[j], s[i]
	}
}

func reverseArray(p *[6]int) {
	for i, j := 0, len(p)-1; i < j; i, j = i+1, j-1 {
		p[i], p[j] = p[j], p[i]
	}
}

func appendInt(x []int, y ...int) []int {
	var z []int
	zlen := len(x) + len(y)
	if zlen <= cap(x) {
		z = x[:zlen]
	} else {
		zcap := zlen
		if zcap < 2*len(x) {
			zcap = 2 * len(x)
		}
		z = make([]int, zlen, zcap)
		copy(z, x)
	}
	copy(z[len(x):], y)
	return z
}

func nonempty(strings []string) []string {
	i := 0
	for _, s := range strings {
		if s != "" {
			strings[i] = s
			i++
		}
	}
	return strings[:i]
}

func remove(slice []int, i int) []int {
	copy(slice[i:], slice[i+1:])
	return slice[:len(slice)-1]
}

func main() {
	a := [...]int{0, 1, 2, 3, 4, 5}
	reverse(a[:])
	fmt.Println(a)
	s := []int{0, 1, 2, 3, 4, 5}
	reverse(s[:2])
	reverse(s[2:])
	reverse(s)
	fmt.Println(s)
	reverseArray(&a)
	fmt.Println(a, a == [6]int{0, 1, 2, 3, 4, 5})
	var x, y []int
	for i := 0; i < 10; i++ {
		y = appendInt(x, i)
		fmt.Printf("%d cap=%d\t%v\n", i, cap(y), y)
		x = y
	}
	x = appendInt(x, 4, 5, 6)
	x = appendInt(x, x...)
	fmt.Println(len(x), cap(x), x[10:16])
	data := []string{"one", "", "three"}
	fmt.Printf("%q\n", nonempty(data))
	fmt.Printf("%q\n", data)
	stack := []int{}
	stack = append(stack, 1, 2, 3)
	top := stack[len(stack)-1]
	stack = stack[:len(stack)-1]
	fmt.Println(top, stack, remove([]int{5, 6, 7, 8, 9}, 2))
	months := [...]string{1: "January", 4: "April", 5: "May", 6: "June", 12: "December"}
	Q2 := months[4:7]
	summer := months[6:9]
	fmt.Println(Q2, len(Q2), cap(Q2), summer[:4], len(months))
}
