// difftest: same
package main

// The Go Programming Language, 4.2.2: nonempty filters a slice in place,
// a slice used as a stack, remove keeping order and remove by swapping
// in the last element.

import "fmt"

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

func nonempty2(strings []string) []string {
	out := strings[:0]
	for _, s := range strings {
		if s != "" {
			out = append(out, s)
		}
	}
	return out
}

func remove(slice []int, i int) []int {
	copy(slice[i:], slice[i+1:])
	return slice[:len(slice)-1]
}

func removeUnordered(slice []int, i int) []int {
	slice[i] = slice[len(slice)-1]
	return slice[:len(slice)-1]
}

func main() {
	data := []string{"one", "", "three"}
	fmt.Printf("%q\n", nonempty(data))
	fmt.Printf("%q\n", data)
	data2 := []string{"", "a", "", "b"}
	fmt.Printf("%q %q\n", nonempty2(data2), data2)

	var stack []int
	for i := 1; i <= 4; i++ {
		stack = append(stack, i*i)
	}
	top := stack[len(stack)-1]
	stack = stack[:len(stack)-1]
	fmt.Println(top, stack)

	s := []int{5, 6, 7, 8, 9}
	fmt.Println(remove(s, 2))
	s = []int{5, 6, 7, 8, 9}
	fmt.Println(removeUnordered(s, 2))
}
