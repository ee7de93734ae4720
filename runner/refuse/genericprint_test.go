package refuse_test

import (
	"strings"
	"testing"
)

// TestGenericPrinting checks what is refused of printing and asserting
// values whose types a generic function or method writes with its type
// parameters: what every instance prints or asserts as Go does runs.
func TestGenericPrinting(t *testing.T) {
	const stack = "type Stack[T any] struct{ items []T }\n\nfunc (s Stack[T]) String() string { return fmt.Sprintf(\"%v\", s.items) }\n\n"
	for _, tt := range []struct {
		name, src, want, not string
	}{
		{name: "a slice of a type parameter, instances of basic and plain struct types",
			src: stack + "type point struct{ X, Y int }\n\nfunc main() {\n\tfmt.Println(Stack[int]{}, Stack[point]{})\n}\n",
			not: "in a form fmt cannot print"},
		{name: "a slice of a type parameter, an instance of a type with methods, of a generic type written out per instance",
			src: stack + "type Point struct{ X, Y int }\n\nfunc (p Point) String() string { return \"p\" }\n\nfunc main() {\n\tfmt.Println(Stack[Point]{}.String())\n}\n",
			not: "in a form fmt cannot print"},
		{name: "a slice of a type parameter, an instance of an interface, of a generic type written out per instance",
			src: stack + "func main() {\n\tfmt.Println(Stack[any]{}.String())\n}\n",
			not: "in a form fmt cannot print"},
		{name: "a slice of a type parameter, an instance of a type with methods, of a generic error type",
			src:  "type Errs[T any] struct{ items []T }\n\nfunc (s Errs[T]) Error() string { return fmt.Sprintf(\"%v\", s.items) }\n\ntype Point struct{ X, Y int }\n\nfunc (p Point) String() string { return \"p\" }\n\nfunc main() {\n\tfmt.Println(Errs[Point]{}.Error())\n}\n",
			want: "main.go:11:60: this value holds values of type []T, where the interpreter keeps a value of "},
		{name: "a type parameter in a method of a generic type written out per instance, beside a type printed otherwise through an interface",
			src: "type Ranked[T any] struct{ Item T }\n\nfunc (r Ranked[T]) String() string { return fmt.Sprintf(\"%v\", r.Item) }\n\ntype Board[T any] []Ranked[T]\n\nfunc (b Board[T]) Len() int { return len(b) }\n\nfunc main() {\n\tfmt.Println(Ranked[int]{1}, Board[string]{}.Len())\n}\n",
			not: "which fmt prints differently"},
		{name: "%+v of a type parameter, an instance of unexported fields",
			src:  "type pt struct{ x, y int }\n\nfunc Show[T any](v T) string { return fmt.Sprintf(\"%+v\", v) }\n\nfunc main() {\n\tfmt.Println(Show(pt{1, 2}))\n}\n",
			want: "main.go:11:58: %+v of a value of T, whose type parameter an instance makes pt, a struct type with unexported fields"},
		{name: "%+v of a type parameter, instances of exported fields",
			src: "type Pt struct{ X, Y int }\n\nfunc Show[T any](v T) string { return fmt.Sprintf(\"%+v\", v) }\n\nfunc main() {\n\tfmt.Println(Show(Pt{1, 2}))\n}\n",
			not: "%+v of a value of T"},
		{name: "%T of a value that holds an interface deep inside",
			src: "type Cache struct{ order *list.List }\n\nfunc (c *Cache) Len() int { return c.order.Len() }\n\nfunc main() {\n\tfmt.Printf(\"%T\\n\", &Cache{list.New()})\n}\n",
			not: "in a form fmt cannot print"},
		{name: "an assertion to a generic type in two methods",
			src: "type entry[K comparable, V any] struct {\n\tk K\n\tv V\n}\n\ntype LRU[K comparable, V any] struct{ l *list.List }\n\nfunc (c *LRU[K, V]) Front() V { return c.l.Front().Value.(*entry[K, V]).v }\n\nfunc (c *LRU[K, V]) Back() K { return c.l.Back().Value.(*entry[K, V]).k }\n\nfunc main() {\n\tc := &LRU[string, int]{list.New()}\n\tc.l.PushBack(&entry[string, int]{\"a\", 1})\n\tfmt.Println(c.Front(), c.Back())\n}\n",
			not: "cannot tell"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			src := "package main\n\nimport (\n\t\"container/list\"\n\t\"fmt\"\n)\n\nvar _ = list.New\n\n" + tt.src
			src = strings.Replace(src, "\n\n", "\n", 1)
			got := checkSource(t, src)
			if tt.want != "" {
				hasRefusal(t, got, tt.want)
			}
			if tt.not != "" && strings.Contains(strings.Join(got, "\n"), tt.not) {
				t.Errorf("refused:\n%s", strings.Join(got, "\n"))
			}
		})
	}
}
