package refuse_test

import (
	"strings"
	"testing"
)

// TestGenericTypeCycles checks which generic types that hold themselves
// are refused: those the interpreter builds without end, where the
// package instantiates them.
func TestGenericTypeCycles(t *testing.T) {
	for _, tt := range []struct {
		name, decls, use, want string
	}{
		{"two parameters, itself", "type node[K comparable, V any] struct {\n\tkey K\n\tval V\n\tleft, right *node[K, V]\n}", "var n node[string, int]; _ = n",
			"main.go:3:6: the interpreter cannot build the instances of node, a generic type of two type parameters or more that holds an instance of itself"},
		{"through a slice of a map", "type node[K comparable, V any] struct{ kids map[K][]node[K, V] }", "_ = node[int, bool]{}", "main.go:3:6: "},
		{"two types, each other", "type node[K any] struct{ p *pair[K] }\ntype pair[K any] struct{ n *node[K] }", "var p pair[int]; _ = p",
			"main.go:3:6: the interpreter cannot build the instances of node, a generic type that holds an instance of pair, which holds one of node in turn"},
		{"through a type that holds it", "type node[K, V any] struct{ next *node[K, V] }\ntype Tree[K, V any] struct{ root *node[K, V] }", "var t Tree[string, int]; _ = t", "main.go:3:6: "},
		{"through a generic function", "type node[K, V any] struct{ next *node[K, V] }\nfunc count[K, V any]() int { var n *node[K, V]; _ = n; return 0 }", "_ = count[string, int]()", "main.go:3:6: "},
		{"one parameter, itself", "type List[T any] struct {\n\tval  T\n\tnext *List[T]\n}", "var l List[int]; _ = l", ""},
		{"two parameters, no cycle", "type Pair[K, V any] struct{ k K; v V }\ntype Box[K, V any] struct{ p *Pair[K, V] }", "var b Box[int, string]; _ = b", ""},
		{"never instantiated", "type node[K, V any] struct{ next *node[K, V] }", "", ""},
		{"a method that names itself", "type Pair[K, V any] struct{ k K; v V }\nfunc (p Pair[K, V]) Swap() Pair[V, K] { return Pair[V, K]{p.v, p.k} }", "_ = Pair[int, string]{}.Swap()", ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			src := "package main\n\n" + tt.decls + "\n\nfunc main() {\n\t" + tt.use + "\n}\n"
			got := checkSource(t, src)
			if tt.want == "" {
				for _, g := range got {
					if strings.Contains(g, "cannot build the instances") {
						t.Errorf("refused:\n%s", g)
					}
				}
				return
			}
			hasRefusal(t, got, tt.want)
		})
	}
}
