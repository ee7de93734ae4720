package refuse_test

import (
	"strings"
	"testing"
)

// TestStackCaps checks that cap of a local slice that append grows from
// capacity 0 is refused where the slice may stay in its function, which a
// Go build grows into a 32-byte buffer on its stack, and accepted where it
// surely leaves (go build then grows it on the heap, as the interpreter
// does) or does not start at capacity 0.
func TestStackCaps(t *testing.T) {
	head := "package main\n\nimport (\n\t\"fmt\"\n\t\"strings\"\n)\n\nvar kept, _ = [][]int(nil), strings.Join\n\ntype box struct{ s []int }\n\n"
	tests := []struct {
		name, body, want string // want "" for no refusal
	}{
		{"var then append", "func main() {\n\tvar a []int\n\ta = append(a, 1)\n\tfmt.Println(len(a), cap(a))\n}\n", "main.go:15:22: go build keeps the first 32 bytes of a slice that does not leave its function on the stack, so cap(a) after its first append counts 4 elements of int there"},
		{"empty literal", "func main() {\n\ts := []string{}\n\ts = append(s, \"d\")\n\tfmt.Println(cap(s))\n}\n", "main.go:15:14: go build keeps the first 32 bytes of a slice that does not leave its function on the stack, so cap(s) after its first append counts 2 elements of string there"},
		{"make of length 0", "func main() {\n\tb := make([]byte, 0)\n\tb = append(b, 'x')\n\tfmt.Println(cap(b))\n}\n", "main.go:15:14: go build keeps the first 32 bytes of a slice that does not leave its function on the stack, so cap(b) after its first append counts 32 elements of byte there"},
		{"make of a length maybe 0", "func f(n int) int {\n\tb := make([]int, n)\n\tb = append(b, 1)\n\treturn cap(b)\n}\n\nfunc main() { fmt.Println(f(0)) }\n", "main.go:15:9: go build keeps"},
		{"reassigned nil", "func main() {\n\ta := []int{1, 2, 3}\n\ta = nil\n\ta = append(a, 4)\n\tfmt.Println(cap(a))\n}\n", "main.go:16:14: go build keeps"},
		{"a reslice", "func main() {\n\tvar a []int\n\ta = append(a, 1, 2)\n\tfmt.Println(cap(a[1:]))\n}\n", "main.go:15:14: go build keeps"},
		{"joined", "func main() {\n\tvar parts []string\n\tparts = append(parts, \"a\")\n\tfmt.Println(cap(parts), strings.Join(parts, \",\"))\n}\n", "main.go:15:14: go build keeps"},
		{"captured by a literal", "func main() {\n\tvar a []int\n\ta = append(a, 1)\n\tf := func() int { return len(a) }\n\tfmt.Println(cap(a), f())\n}\n", "main.go:16:14: go build keeps"},
		{"in a local any", "func main() {\n\tvar a []int\n\ta = append(a, 1)\n\tvar v any = a\n\t_ = v\n\tfmt.Println(cap(a))\n}\n", "main.go:17:14: go build keeps"},
		{"a parameter", "func f(a []int) int {\n\ta = append(a, 1)\n\treturn cap(a)\n}\n\nfunc main() { fmt.Println(f(nil)) }\n", "main.go:14:9: go build keeps"},
		{"a field of a local struct", "func main() {\n\tvar a []int\n\ta = append(a, 1)\n\tvar b box\n\tb.s = a\n\tfmt.Println(cap(a), len(b.s))\n}\n", "main.go:17:14: go build keeps"},
		{"an element of a local array", "func main() {\n\tvar a []int\n\ta = append(a, 1)\n\tvar xs [2][]int\n\txs[0] = a\n\tfmt.Println(cap(a), len(xs[0]))\n}\n", "main.go:17:14: go build keeps"},
		{"a struct literal", "func main() {\n\tvar a []int\n\ta = append(a, 1)\n\tb := box{s: a}\n\tfmt.Println(cap(a), len(b.s))\n}\n", "main.go:16:14: go build keeps"},
		{"a slice literal", "func main() {\n\tvar a []int\n\ta = append(a, 1)\n\txs := [][]int{a}\n\tfmt.Println(cap(a), len(xs))\n}\n", "main.go:16:14: go build keeps"},
		{"printed", "func main() {\n\tvar a []int\n\ta = append(a, 1)\n\tfmt.Println(a, cap(a))\n}\n", ""},
		{"printed later", "func main() {\n\tvar a []int\n\ta = append(a, 1)\n\tfmt.Println(cap(a))\n\tfmt.Println(a)\n}\n", ""},
		{"a reslice printed", "func main() {\n\tvar a []int\n\ta = append(a, 1, 2)\n\tfmt.Println(cap(a[1:]), a[:1])\n}\n", ""},
		{"stored in a global", "func main() {\n\tvar a []int\n\ta = append(a, 1)\n\tkept = append(kept, a)\n\tfmt.Println(cap(a))\n}\n", ""},
		{"stored in a field through a pointer", "func main() {\n\tvar a []int\n\ta = append(a, 1)\n\tb := &box{}\n\tb.s = a\n\tfmt.Println(cap(a), len(b.s))\n}\n", ""},
		{"returned", "func f() []int {\n\tvar a []int\n\ta = append(a, 1)\n\tfmt.Println(cap(a))\n\treturn a\n}\n\nfunc main() { f() }\n", ""},
		{"sent", "func main() {\n\tch := make(chan []int, 1)\n\tvar a []int\n\ta = append(a, 1)\n\tch <- a\n\tfmt.Println(cap(a))\n}\n", ""},
		{"in a map literal", "func main() {\n\tvar a []int\n\ta = append(a, 1)\n\tm := map[string][]int{\"a\": a}\n\tfmt.Println(cap(a), len(m))\n}\n", ""},
		{"its address taken", "func main() {\n\tvar a []int\n\ta = append(a, 1)\n\tp := &a\n\tfmt.Println(cap(a), len(*p))\n}\n", ""},
		{"an element of a local slice", "func main() {\n\tvar a []int\n\ta = append(a, 1)\n\txs := make([][]int, 1)\n\txs[0] = a\n\tfmt.Println(cap(a), len(xs))\n}\n", ""},
		{"made with a capacity", "func main() {\n\ta := make([]int, 0, 10)\n\ta = append(a, 1)\n\tfmt.Println(cap(a))\n}\n", ""},
		{"made with a length", "func main() {\n\ta := make([]int, 3)\n\ta = append(a, 1)\n\tfmt.Println(cap(a))\n}\n", ""},
		{"a literal with elements", "func main() {\n\ta := []int{1}\n\ta = append(a, 2)\n\tfmt.Println(cap(a))\n}\n", ""},
		{"never appended", "func main() {\n\tvar a []int\n\tfmt.Println(cap(a))\n}\n", ""},
		{"a loop of a constant count past the buffer", "func main() {\n\tvar a []int\n\tfor i := range 5 {\n\t\ta = append(a, i)\n\t}\n\tfmt.Println(cap(a))\n}\n", ""},
		{"a counted for loop past the buffer", "func main() {\n\tvar a []int\n\tfor i := 0; i < 9; i++ {\n\t\ta = append(a, i)\n\t}\n\tfmt.Println(cap(a))\n}\n", ""},
		{"a loop within the buffer", "func main() {\n\tvar a []int\n\tfor i := range 2 {\n\t\ta = append(a, i)\n\t}\n\tfmt.Println(cap(a))\n}\n", "main.go:17:14: go build keeps"},
		{"a loop that may break", "func main() {\n\tvar a []int\n\tfor i := range 9 {\n\t\tif i == 1 {\n\t\t\tbreak\n\t\t}\n\t\ta = append(a, i)\n\t}\n\tfmt.Println(cap(a))\n}\n", "main.go:20:14: go build keeps"},
		{"cap inside the loop", "func main() {\n\tvar a []int\n\tfor i := range 9 {\n\t\ta = append(a, i)\n\t\tfmt.Println(cap(a))\n\t}\n}\n", "main.go:16:15: go build keeps"},
		{"a loop of elements whose size does not divide 32", "type rgb [3]byte\n\nfunc main() {\n\tvar a []rgb\n\tfor range 20 {\n\t\ta = append(a, rgb{})\n\t}\n\tfmt.Println(cap(a))\n}\n", "main.go:19:14: go build keeps"},
		{"a generic function", "func grow[T any](x T) int {\n\tvar a []T\n\ta = append(a, x)\n\treturn cap(a)\n}\n\nfunc main() { fmt.Println(grow(1)) }\n", "main.go:15:9: go build keeps the first 32 bytes of a slice that does not leave its function on the stack, so cap(a) after its first append counts as many elements of T as fill 32 bytes there"},
		{"a generic type's method", "type stack[T any] struct{ n int }\n\nfunc (s *stack[T]) room(x T) int {\n\tvar a []T\n\ta = append(a, x)\n\treturn cap(a)\n}\n\nfunc main() { fmt.Println(new(stack[int]).room(1)) }\n", "main.go:17:9: go build keeps"},
		{"a generic function's slice printed", "func grow[T any](x T) int {\n\tvar a []T\n\ta = append(a, x)\n\tfmt.Println(a)\n\treturn cap(a)\n}\n\nfunc main() { fmt.Println(grow(1)) }\n", ""},
		{"elements over 16 bytes", "type big struct{ a, b, c int }\n\nfunc main() {\n\tvar a []big\n\ta = append(a, big{})\n\tfmt.Println(cap(a))\n}\n", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := checkSource(t, head+tt.body)
			if tt.want == "" {
				for _, g := range got {
					if strings.Contains(g, "32 bytes") {
						t.Errorf("refused: %s", g)
					}
				}
				return
			}
			hasRefusal(t, got, tt.want)
		})
	}
}
