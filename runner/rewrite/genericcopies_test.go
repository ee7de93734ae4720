package rewrite_test

import (
	"strings"
	"testing"
)

func init() {
	programs = append(programs,
		fromCorpus("genericcopies_tree", "generics-ordered-tree"),
		fromCorpus("genericcopies_set", "generics-set"),
		fromCorpus("genericcopies_lru", "generics-lru-cache"),
		fromCorpus("genericcopies_mutual", "generics-graph-cycle"))
}

// TestGenericCopies checks which instances of generic types are written
// out as plain types, and which are refused with their line.
func TestGenericCopies(t *testing.T) {
	for _, tt := range []struct {
		name, decls, use string
		want, not        []string
		refused          string
	}{
		{name: "two parameters, itself",
			decls: "type node[K comparable, V any] struct {\n\tkey K\n\tval V\n\tleft, right *node[K, V]\n}\n\nfunc (n *node[K, V]) Val() V { return n.val }",
			use:   "n := node[string, int]{val: 1}; _ = n.Val()",
			want:  []string{"type _node1 struct {", "left, right *_node1", "func (n *_node1) Val() int { return n.val }", "n := _node1/*line :"},
			not:   []string{"= node[string, int]"}},
		{name: "held by another type, instance found through its field",
			decls: "type node[K, V any] struct{ next *node[K, V] }\ntype Tree[K, V any] struct{ root *node[K, V] }",
			use:   "var t Tree[string, int]; _ = t.root",
			want:  []string{"var t _Tree1/*line :7:25*/", "type _Tree1 struct{ root *_node", "type _node1 struct{ next *_node1 }"}},
		{name: "through a generic function",
			decls: "type node[K, V any] struct{ next *node[K, V] }\nfunc count[K, V any]() int { var n *node[K, V]; _ = n; return 0 }",
			use:   "_ = count[string, int]()",
			want:  []string{"type _node1 struct{ next *_node1 }", "var n *_node1"}},
		{name: "one parameter, itself, without methods, is the interpreter's",
			decls: "type List[T any] struct {\n\tval  T\n\tnext *List[T]\n}",
			use:   "var l List[int]; _ = l",
			want:  []string{"type _List1 = List[int]"}},
		{name: "a generic type with methods in package main",
			decls: "type Set[T comparable] map[T]struct{}\n\nfunc NewSet[T comparable](xs ...T) Set[T] { return Set[T]{} }\n\nfunc (s Set[T]) Union(o Set[T]) Set[T] { out := NewSet[T](); return out }",
			use:   "_ = NewSet(1).Union(nil)",
			want:  []string{"type _Set1 map[int]struct{}", "func (s _Set1) Union(o _Set1) _Set1 { out := _NewSet1(); return out }", "func _NewSet1(xs ...int) _Set1 {"}},
		{name: "a generic type with methods, of a type declared in a function, is the interpreter's",
			decls: "type Box[T any] struct{ v T }\n\nfunc (b Box[T]) Get() T { return b.v }",
			use:   "type local int\n\tvar b Box[local]; _ = b.Get()",
			not:   []string{"struct{ v local }"}},
		{name: "no cycle is the interpreter's",
			decls: "type Pair[K, V any] struct{ k K; v V }\ntype Box[K, V any] struct{ p *Pair[K, V] }",
			use:   "var b Box[int, string]; _ = b",
			want:  []string{"type _Box1 = Box[int, string]"}, not: []string{"type _Box1 struct"}},
		{name: "a type argument declared in a function",
			decls:   "type node[K, V any] struct{ next *node[K, V] }",
			use:     "type local int\n\tvar n node[local, int]; _ = n",
			refused: "main.go:7:8: the interpreter cannot build the instances of node, a generic type of two type parameters or more that holds an instance of itself: it builds the instance's fields without end, until its stack is full, and socklab cannot write this instance out as a type of its own here, as it names local, a type declared inside a function: declare it at the top level"},
		{name: "an error type",
			decls:   "type chain[K, V any] struct{ next *chain[K, V] }\n\nfunc (c *chain[K, V]) Error() string { return \"x\" }",
			use:     "var c chain[string, int]; _ = c",
			refused: "main.go:8:8: the interpreter cannot build the instances of chain, a generic type of two type parameters or more that holds an instance of itself: it builds the instance's fields without end, until its stack is full, and socklab cannot write its instances out as types of their own, as chain is an error type: declare chain without type parameters"},
		{name: "two types, each other, embedding",
			decls:   "type node[K any] struct{ *pair[K] }\ntype pair[K any] struct{ n *node[K] }",
			use:     "var p pair[int]; _ = p",
			refused: "main.go:7:8: the interpreter cannot build the instances of pair, a generic type that holds an instance of node, which holds one of pair in turn: it builds the instance's fields without end, until its stack is full, and socklab cannot write its instances out as types of their own, as node embeds a field"},
		{name: "a generic function instantiated with an instance of a generic type",
			decls: "type Pair[K comparable, V any] struct{ k K; v V }\n\nfunc Zero[T any]() T { return *new(T) }",
			use:   "_ = Zero[Pair[string, bool]]()",
			want:  []string{"_ = _Zero", "() _Pair"}, not: []string{"Zero[_Pair"}},
		{name: "never instantiated", decls: "type node[K, V any] struct{ next *node[K, V] }", not: []string{"_node"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			src := "package main\n\n" + tt.decls + "\n\nfunc main() {\n\t" + tt.use + "\n}\n"
			if tt.refused != "" {
				refuses(t, src, tt.refused)
				return
			}
			liftHolds(t, src, tt.want, tt.not)
		})
	}
}

// TestGenericCopiesKeepLines checks that a copied method reports the
// original's lines: each copy sits under a line directive of its own.
func TestGenericCopiesKeepLines(t *testing.T) {
	src := "package main\n\ntype node[K, V any] struct{ next *node[K, V] }\n\nfunc (n *node[K, V]) Next() *node[K, V] {\n\treturn n.next\n}\n\nfunc main() { _ = (&node[int, bool]{}).Next() }\n"
	out := string(lift(t, "main.go", src))
	if !strings.Contains(out, "//line :3:1\ntype _node") || !strings.Contains(out, "//line :5:1\nfunc (n *_node1) Next() *_node1 {") {
		t.Errorf("no line directives of the original's lines:\n%s", out)
	}
}
