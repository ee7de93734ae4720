package rewrite_test

import "testing"

func init() {
	programs = append(programs, fromCorpus("library_named", "slices-named-elements"), fromCorpus("library_values", "library-func-values"))
	programs = append(programs,
		program{"library_cmp", `package main

import (
	"cmp"
	"fmt"
	"math"
	"slices"
)

type Level uint16

func main() {
	nan := math.NaN()
	fmt.Println(cmp.Compare(nan, 1), cmp.Compare(1, nan), cmp.Compare(nan, nan), cmp.Compare(2, 1), cmp.Compare("a", "a"))
	fmt.Println(cmp.Less(nan, 1), cmp.Less(1, nan), cmp.Less(nan, nan), cmp.Less(-1.5, 2))
	fmt.Println(cmp.Or("", "a", "b"), cmp.Or(0, 0), cmp.Or[Level](), cmp.Or(Level(0), 3))
	fs := []float64{1, nan, 2}
	fmt.Println(slices.Index(fs, nan), slices.Contains(fs, 2), slices.IndexFunc(fs, func(f float64) bool { return f != f }))
	fmt.Println(slices.Index([]Level{4, 5}, 5), slices.Contains([]Level{4}, 6), slices.ContainsFunc([]Level{}, func(Level) bool { return true }))
	fmt.Println(slices.EqualFunc([]int{1, 2}, []string{"1", "2"}, func(a int, b string) bool { return fmt.Sprint(a) == b }), slices.EqualFunc([]int{1}, []int{}, func(a, b int) bool { return true }))
	byLen := func(a, b string) int { return cmp.Compare(len(a), len(b)) }
	fmt.Println(slices.CompareFunc([]string{"a", "bb"}, []string{"c", "dd"}, byLen), slices.CompareFunc([]string{"a"}, []string{"c", "d"}, byLen), slices.CompareFunc([]string{"a", "b"}, []string{"c"}, byLen), slices.CompareFunc([]string{"aaa"}, []string{"c", "d"}, byLen))
}
`},
		program{"library_slices_maps", `package main

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"strings"
)

type player struct {
	name  string
	score int
}

func main() {
	s := []int{5, 2, 8, 1, 9, 3}
	slices.Sort(s)
	fmt.Println(s, slices.IsSorted(s), slices.Min(s), slices.Max(s))
	i, found := slices.BinarySearch(s, 8)
	fmt.Println(i, found)
	ps := []player{{"ann", 3}, {"bob", 1}, {"cy", 3}, {"di", 2}}
	slices.SortStableFunc(ps, func(a, b player) int { return cmp.Compare(b.score, a.score) })
	fmt.Println(ps)
	best := slices.MaxFunc(ps, func(a, b player) int { return cmp.Compare(a.score, b.score) })
	fmt.Println(best.name)
	m := map[string]int{"b": 2, "a": 1, "c": 3}
	keys := slices.Sorted(maps.Keys(m))
	fmt.Println(keys, slices.Contains(keys, "b"))
	vals := slices.Collect(maps.Values(m))
	slices.Sort(vals)
	fmt.Println(vals)
	for i, v := range slices.All([]string{"x", "y"}) {
		fmt.Print(i, v, " ")
	}
	for i, v := range slices.Backward([]string{"x", "y"}) {
		fmt.Print(i, v, " ")
	}
	fmt.Println()
	inv := maps.Collect(func(yield func(int, string) bool) {
		for k, v := range m {
			if !yield(v, k) {
				return
			}
		}
	})
	fmt.Println(len(inv), inv[2])
	words := strings.Fields("the quick brown fox")
	slices.SortFunc(words, func(a, b string) int { return cmp.Compare(len(a), len(b)) })
	fmt.Println(words[0], words[len(words)-1])
}
`},
		program{"library_iterators", `package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"strings"
)

func main() {
	for part := range strings.SplitSeq("a,b,,c", ",") {
		fmt.Printf("%q ", part)
	}
	fmt.Println()
	for line := range strings.Lines("one\ntwo\nthree") {
		fmt.Printf("%q ", line)
	}
	fmt.Println()
	n := 0
	for f := range strings.FieldsSeq("  x  y z ") {
		n++
		if f == "y" {
			break
		}
	}
	fmt.Println(n)
	_, err := os.Open("/no/such/file")
	if pe, ok := errors.AsType[*fs.PathError](err); ok {
		fmt.Println(pe.Op, pe.Path)
	}
}
`},
	)
}

// TestLibraryInstanceTypeArgument checks that errors.AsType of an
// instance of a generic error type, whose spelling pass instalias edits
// inside the type argument, is written out as a function of the file,
// where the two edits overlapped and the rewrite failed.
func TestLibraryInstanceTypeArgument(t *testing.T) {
	const src = "package main\n\nimport (\n\t\"errors\"\n\t\"fmt\"\n)\n\ntype LimitError[T any] struct{ Limit T }\n\nfunc (e *LimitError[T]) Error() string { return \"limit\" }\n\nfunc main() {\n\tvar err error = &LimitError[int]{1}\n\tle, ok := errors.AsType[*LimitError[int]](err)\n\tfmt.Println(le.Limit, ok)\n}\n"
	liftHolds(t, src, []string{"le, ok := _errors_AsType", "(a0 error) (*LimitError[int], bool) { var e *LimitError[int]; ok := errors.As(a0, &e); return e, ok }"}, nil)
}
