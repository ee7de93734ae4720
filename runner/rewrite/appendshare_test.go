package rewrite_test

import (
	"strings"
	"testing"
)

// TestAppendShares checks that appends sharing the array of a local slice
// grown from capacity 0 are refused where the slice may stay in its
// function, and accepted where it surely leaves or every append goes back
// to it.
func TestAppendShares(t *testing.T) {
	const head = "package main\n\nimport \"fmt\"\n\nvar kept []int\n\nfunc two() ([]int, int) { return nil, 0 }\n\nfunc main() {\n"
	for _, tt := range []struct {
		name, body string
		refused    bool
	}{
		{"two appends to other variables", "var xs []int; xs = append(xs, 1); ys := append(xs, 2); zs := append(xs, 3); fmt.Println(ys[1], zs[1])", true},
		{"an empty literal", "xs := []string{}; xs = append(xs, \"a\"); ys := append(xs, \"b\"); xs[0] = \"c\"; fmt.Println(ys[0])", true},
		{"printed", "var xs []int; xs = append(xs, 1); ys := append(xs, 2); zs := append(xs, 3); fmt.Println(ys, zs)", false},
		{"kept in a global", "var xs []int; xs = append(xs, 1); kept = append(xs, 2); zs := append(xs, 3); fmt.Println(zs[1])", false},
		{"appends back to it", "var xs []int; xs = append(xs, 1); xs = append(xs, 2); fmt.Println(xs[1])", false},
		{"a capacity given", "xs := make([]int, 0, 8); xs = append(xs, 1); ys := append(xs, 2); zs := append(xs, 3); fmt.Println(ys[1], zs[1])", false},
		{"declared from one call", "var xs, n = two(); xs = append(xs, 1); ys := append(xs, 2); fmt.Println(ys, n)", false},
		{"appends not held", "var xs []int; ys := []int{}; fmt.Println(len(append(xs, ys...)), append(xs, ys...) == nil)", false},
		{"assigned a conversion", "var bs []byte; s := \"yo\"; bs = []byte(s); x := append(bs, 'a'); y := append(bs, 'b'); fmt.Println(string(x), string(y))", false},
		{"big elements", "var xs [][4]int; xs = append(xs, [4]int{}); ys := append(xs, [4]int{1}); zs := append(xs, [4]int{2}); fmt.Println(ys[1], zs[1])", false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			src := head + "\t" + strings.ReplaceAll(tt.body, "; ", "\n\t") + "\n}\n"
			if tt.refused {
				refuses(t, src, "from capacity 0 into a 32-byte buffer on its stack")
				return
			}
			liftHolds(t, src, nil, nil)
		})
	}
}
