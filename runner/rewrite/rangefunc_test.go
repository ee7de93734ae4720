package rewrite_test

import "testing"

func init() {
	programs = append(programs,
		program{"rangefunc_exits", `package main

import "fmt"

func count(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		for i := 0; i < n; i++ {
			if !yield(i) {
				fmt.Print("[stopped] ")
				return
			}
		}
	}
}

func pairs(yield func(string, int) bool) {
	_ = yield("a", 1) && yield("b", 2) && yield("c", 3)
}

func find(want int) (int, bool) {
	for i := range count(10) {
		if i == want {
			return i * 10, true
		}
	}
	return -1, false
}

func main() {
	for i := range count(5) {
		if i == 1 {
			continue
		}
		if i == 3 {
			break
		}
		fmt.Print(i, " ")
	}
	fmt.Println()
	for k, v := range pairs {
		fmt.Print(k, v, " ")
	}
	for k := range pairs {
		fmt.Print(k)
	}
	for range pairs {
		fmt.Print(".")
	}
	fmt.Println()
	fmt.Println(find(4))
	fmt.Println(find(40))
outer:
	for j := 0; j < 3; j++ {
		for i := range count(3) {
			switch {
			case i == 1 && j == 0:
				continue outer
			case i == 2:
				break
			}
			if j == 2 {
				break outer
			}
			fmt.Print(j, i, " ")
		}
	}
	fmt.Println()
	var fs []func() int
	for i := range count(3) {
		fs = append(fs, func() int { return i })
	}
	for _, f := range fs {
		fmt.Print(f())
	}
	fmt.Println()
}
`},
		program{"rangefunc_one_line", `package main

import (
	"fmt"
	"strings"
)

func main() {
	for l := range strings.Lines("a\nb\n") { fmt.Printf("%q ", l) }
	for w := range strings.FieldsSeq("x y") {
		fmt.Print(w) }
	fmt.Println()
}
`},
		program{"rangefunc_nested", `package main

import "fmt"

func count(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		for i := 0; i < n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func first(limit int) string {
rows:
	for i := range count(4) {
		for j := range count(4) {
			if j > i {
				continue rows
			}
			if i*j == limit {
				return fmt.Sprint(i, "*", j)
			}
			if i == 3 {
				break rows
			}
		}
	}
	return "none"
}

func main() {
	fmt.Println(first(2), first(4), first(99))
	var a, b int
	for a = range count(3) {
		for b = range count(2) {
		}
	}
	fmt.Println(a, b)
}
`},
		program{"rangefunc_results", `package main

import (
	"fmt"
	"slices"
)

func firstEven(xs []int) (n int, err error) {
	defer func() { fmt.Println("deferred", n, err) }()
	for v := range slices.Values(xs) {
		if v%2 == 0 {
			return v, nil
		}
	}
	return 0, fmt.Errorf("none in %v", xs)
}

func pair(xs []int) (any, error) {
	for v := range slices.Values(xs) {
		for w := range slices.Values(xs) {
			if v+w == 5 {
				return v, fmt.Errorf("%d+%d", v, w)
			}
		}
	}
	return nil, nil
}

func main() {
	fmt.Println(firstEven([]int{3, 8}))
	fmt.Println(firstEven([]int{3}))
	fmt.Println(pair([]int{1, 2, 3, 4}))
	fmt.Println(pair(nil))
}
`},
		fromCorpus("rangefunc_package_level", "newer-rangefunc-package-vars"),
		fromCorpus("rangefunc_goto", "newer-rangefunc-goto"),
	)
}

// TestRangeFuncGotoLabel checks that a goto from inside a loop over a
// function to that loop's label, which would start the loop again from
// inside the yield function, is refused.
func TestRangeFuncGotoLabel(t *testing.T) {
	refuses(t, `package main

func seq(yield func(int) bool) { yield(1) }

func main() {
	n := 0
loop:
	for v := range seq {
		n += v
		if n < 3 {
			goto loop
		}
	}
}
`, "main.go:11:4: goto to the label of a loop over a function, from inside it: use continue or break")
}
