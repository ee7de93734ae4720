// difftest: same
package main

import "fmt"

func countTo(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		for i := 1; i <= n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func pairs(m []string) func(func(int, string) bool) {
	return func(yield func(int, string) bool) {
		for i, s := range m {
			if !yield(i, s) {
				return
			}
		}
	}
}

func main() {
	for v := range countTo(5) {
		if v == 4 {
			break
		}
		fmt.Println(v)
	}
	for i, s := range pairs([]string{"a", "b"}) {
		fmt.Println(i, s)
	}
}
