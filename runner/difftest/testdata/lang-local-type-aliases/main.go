// difftest: same

// Type aliases declared inside functions: of basic, composite, library
// and generic types, of a local struct type, of another local alias, one
// in a generic function, and one over several lines, used in
// declarations, literals, conversions, type switches and %T.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func entries[K comparable, V any](m map[K]V, less func(a, b K) bool) []Pair[K, V] {
	type entry = Pair[K, V]
	type list = []entry
	var out list
	for k, v := range m {
		out = append(out, entry{k, v})
	}
	sort.Slice(out, func(i, j int) bool { return less(out[i].Key, out[j].Key) })
	return out
}

func flood(rows []string) int {
	type Cell = [2]int
	type Seen = map[Cell]bool
	seen := Seen{}
	var visit func(c Cell)
	visit = func(c Cell) {
		if c[0] < 0 || c[0] >= len(rows) || c[1] < 0 || c[1] >= len(rows[c[0]]) || seen[c] || rows[c[0]][c[1]] != '.' {
			return
		}
		seen[c] = true
		for _, d := range []Cell{{0, 1}, {1, 0}, {0, -1}, {-1, 0}} {
			visit(Cell{c[0] + d[0], c[1] + d[1]})
		}
	}
	visit(Cell{0, 0})
	return len(seen)
}

func main() {
	type Grid = [][]rune
	type Row = []rune
	type Point struct{ X, Y int }
	type Pos = Point
	type Path = []Pos
	type IntStack = Stack[int]
	type Str = fmt.Stringer
	type Counts = map[string]int
	type Pair = struct {
		K string
		V int
	}

	g := Grid{Row("ab"), Row("cd")}
	g = append(g, []rune("ef"))
	fmt.Println(len(g), string(g[2]))

	var path Path
	path = append(path, Pos{1, 2}, Point{3, 4})
	fmt.Printf("%v %T %T\n", path, path, path[0])

	var s IntStack
	s.Push(4)
	fmt.Printf("%v %T\n", s.items, s)

	var st Str = &strings.Builder{}
	_, ok := st.(*strings.Builder)
	fmt.Println(ok)

	c := Counts{"a": 2, "b": 1}
	var pairs []Pair
	for k, v := range c {
		pairs = append(pairs, Pair{k, v})
	}
	sort.Slice(pairs, func(i, j int) bool { return pairs[i].V > pairs[j].V })
	fmt.Printf("%+v\n", pairs)

	kind := func(x any) string {
		switch v := x.(type) {
		case Path:
			return fmt.Sprint("path of ", len(v))
		case Counts:
			return "counts"
		}
		return "other"
	}
	fmt.Println(kind(path), kind(c), kind(1))
	fmt.Println(flood([]string{"..#", ".##", "..."}))
	type desc = func(a, b int) bool
	var byDesc desc = func(a, b int) bool { return a > b }
	fmt.Printf("%+v\n", entries(map[int]bool{1: true, 3: false}, byDesc))
	fmt.Println(entries(c, func(a, b string) bool { return a < b }))
}
