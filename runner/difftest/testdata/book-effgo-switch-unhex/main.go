// difftest: same
package main

// Effective Go, Control structures: unhex with a switch of ranges,
// shouldEscape with a case list, Compare of byte slices, a labeled break
// out of a loop, a type switch, and the for loop that reverses a slice
// with a parallel assignment.

import "fmt"

func unhex(c byte) byte {
	switch {
	case '0' <= c && c <= '9':
		return c - '0'
	case 'a' <= c && c <= 'f':
		return c - 'a' + 10
	case 'A' <= c && c <= 'F':
		return c - 'A' + 10
	}
	return 0
}

func shouldEscape(c byte) bool {
	switch c {
	case ' ', '?', '&', '=', '#', '+', '%':
		return true
	}
	return false
}

func Compare(a, b []byte) int {
	for i := 0; i < len(a) && i < len(b); i++ {
		switch {
		case a[i] > b[i]:
			return 1
		case a[i] < b[i]:
			return -1
		}
	}
	switch {
	case len(a) > len(b):
		return 1
	case len(a) < len(b):
		return -1
	}
	return 0
}

func main() {
	for _, c := range []byte("09afAFxz") {
		fmt.Print(unhex(c), " ")
	}
	fmt.Println()
	var escaped []byte
	for _, c := range []byte("a b&c=d%") {
		if shouldEscape(c) {
			escaped = append(escaped, '%', "0123456789ABCDEF"[c>>4], "0123456789ABCDEF"[c&15])
		} else {
			escaped = append(escaped, c)
		}
	}
	fmt.Println(string(escaped))
	fmt.Println(Compare([]byte("abc"), []byte("abd")), Compare([]byte("abc"), []byte("ab")), Compare(nil, nil))

	grid := [][]int{{1, 2, 3}, {4, -5, 6}, {7, 8, 9}}
Loop:
	for i, row := range grid {
		for j, v := range row {
			switch {
			case v < 0:
				fmt.Println("negative at", i, j)
				break Loop
			case v%2 == 0:
				continue
			}
			fmt.Print(v, " ")
		}
	}
	fmt.Println()

	a := []int{1, 2, 3, 4, 5}
	for i, j := 0, len(a)-1; i < j; i, j = i+1, j-1 {
		a[i], a[j] = a[j], a[i]
	}
	fmt.Println(a)

	var t interface{} = &a[0]
	switch t := t.(type) {
	default:
		fmt.Printf("unexpected type %T\n", t)
	case bool:
		fmt.Printf("boolean %t\n", t)
	case int:
		fmt.Printf("integer %d\n", t)
	case *bool:
		fmt.Printf("pointer to boolean %t\n", *t)
	case *int:
		fmt.Printf("pointer to integer %d\n", *t)
	}
}
