// difftest: same

// A generic sort.Interface, a generic io.Writer used with fmt.Fprintf,
// a generic writer that wraps another, and a generic error type.
package main

import (
	"fmt"
	"os"
	"sort"
	"strings"
)

type sorter[T any] struct {
	xs   []T
	less func(a, b T) bool
}

func (s sorter[T]) Len() int           { return len(s.xs) }
func (s sorter[T]) Less(i, j int) bool { return s.less(s.xs[i], s.xs[j]) }
func (s sorter[T]) Swap(i, j int)      { s.xs[i], s.xs[j] = s.xs[j], s.xs[i] }

func SortWith[T any](xs []T, less func(a, b T) bool) {
	sort.Sort(sorter[T]{xs, less})
}

type Counter[T comparable] struct {
	counts map[T]int
	n      int
}

func (c *Counter[T]) Write(p []byte) (int, error) {
	c.n += len(p)
	return len(p), nil
}

type Upper[W interface{ Write([]byte) (int, error) }] struct{ w W }

func (u Upper[W]) Write(p []byte) (int, error) {
	return u.w.Write([]byte(strings.ToUpper(string(p))))
}

type Err[T any] struct{ Val T }

func (e Err[T]) Error() string { return fmt.Sprintf("bad value %v", e.Val) }

func check[T comparable](v, bad T) error {
	if v == bad {
		return Err[T]{v}
	}
	return nil
}

func main() {
	words := []string{"banana", "kiwi", "apple", "fig"}
	SortWith(words, func(a, b string) bool { return len(a) < len(b) })
	fmt.Println(words)
	nums := []int{5, 2, 8, 1}
	SortWith(nums, func(a, b int) bool { return a > b })
	fmt.Println(nums)
	s := sorter[int]{[]int{3, 1, 2}, func(a, b int) bool { return a < b }}
	sort.Sort(sort.Reverse(s))
	fmt.Println(s.xs, sort.IsSorted(s))

	c := &Counter[string]{}
	fmt.Fprintf(c, "hello %s, %d", "world", 42)
	fmt.Println(c.n)
	u := Upper[*os.File]{os.Stdout}
	fmt.Fprintf(u, "shout %v\n", []int{1, 2})
	fmt.Fprintln(Upper[*Counter[string]]{c}, "more")
	fmt.Println(c.n)

	fmt.Println(check(3, 3), check("a", "b"))
	if err := check(2.5, 2.5); err != nil {
		fmt.Println("error:", err)
	}
}
