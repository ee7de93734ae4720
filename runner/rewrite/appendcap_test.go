package rewrite_test

import (
	"fmt"
	"strings"
	"testing"
)

func init() {
	programs = append(programs,
		fromCorpus("appendcap_shapes", "append-shapes-cap"),
		program{"appendcap_kinds", `package main

import "fmt"

type Namer interface{ Name() string }

type Host string

func (h Host) Name() string { return string(h) }

type Pair [2]Namer

type Entry struct {
	Port int
	Peer struct{ N Namer }
}

var kept []any // what escapes, as a Go build's append then grows on the heap

func main() {
	var pairs []Pair
	var entries []Entry
	var lits []interface{ Name() string }
	type local struct {
		N   Namer
		Tag string
	}
	var locals []local
	for i := range 40 {
		h := Host(fmt.Sprint("h", i))
		pairs = append(pairs, Pair{h, h})
		entries = append(entries, Entry{Port: i}, Entry{Port: -i})
		lits = append(lits, h)
		locals = append(locals, local{h, "t"})
		kept = append(kept, pairs, entries, lits, locals)
		if i%7 == 0 {
			fmt.Println(i, cap(pairs), cap(entries), cap(lits), cap(locals))
		}
	}
	more := append(lits[:3:3], lits[10:30]...)
	fmt.Println(len(more), cap(more), more[3].Name(), lits[39].Name(), locals[39].N.Name())
	var none []Namer
	none = append(none)
	none = append(none, []Namer{}...)
	fmt.Println(none == nil, len(none), cap(none))
}
`},
		program{"appendcap_library_generic", `package main

import (
	"fmt"
	"slices"
)

type Shape interface{ Area() float64 }

type Sq float64

func (s Sq) Area() float64 { return float64(s * s) }

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(x T) { s.items = append(s.items, x) }

func Add[T any](s []T, xs ...T) []T { return append(s, xs...) }

func One[T any](s []T, x T) []T { return append(s, x) }

var kept []any // what escapes, as a Go build's append then grows on the heap

func main() {
	base := make([]Shape, 17)
	for i := range base {
		base[i] = Sq(i)
	}
	c := slices.Clone(base)
	in := slices.Insert(base, 3, Shape(Sq(1)), Shape(Sq(2)))
	g := slices.Grow(base, 5)
	cc := slices.Concat(base, base[:3])
	col := slices.Collect(slices.Values(base))
	as := slices.AppendSeq(base[:2:2], slices.Values(base))
	clone := slices.Clone[[]Shape]
	cv := clone(base[:9])
	kept = append(kept, c, in, g, cc, col, as, cv)
	fmt.Println(cap(c), cap(in), cap(g), cap(cc), cap(col), cap(as), cap(cv))

	st := &Stack[Shape]{}
	var a, b []Shape
	for i := range 17 {
		st.Push(Sq(i))
		a = One(a, Shape(Sq(i)))
		kept = append(kept, a)
	}
	b = Add(b, a...)
	kept = append(kept, b, st)
	fmt.Println(cap(st.items), cap(a), cap(b), st.items[16].Area(), a[16].Area(), b[3].Area())
}
`},
	)
}

// TestAppendCapRewrites checks which appends pass appendcap grows itself:
// those of slices whose elements hold an interface the script declares
// with methods by value, and no other.
func TestAppendCapRewrites(t *testing.T) {
	const decls = `package main

import (
	"fmt"
	"io"
)

type Shape interface{ Area() float64 }

type Sq float64

func (s Sq) Area() float64 { return float64(s * s) }

type Rule struct {
	Min   int
	Shape Shape
}

type Wide [3]Shape

type Shapes []Shape

var _ io.Writer
var _ = fmt.Sprint
`
	for _, tt := range []struct {
		name, body string
		want, not  []string
	}{
		{"interface", `var s []Shape; x := Sq(1); s = append(s, x); fmt.Println(cap(s))`,
			[]string{"s = append(_sl1.Grow(/*line :29:13*/s, 1).([]Shape)/*line :29:14*/, x)"}, nil},
		{"several", `var s []Shape; x := Sq(1); s = append(s, x, x); fmt.Println(cap(s))`,
			[]string{"append(_sl1.Grow(/*line :29:13*/s, 2).([]Shape)/*line :29:14*/, x, x)"}, nil},
		{"spread", `var s, t []Shape; s = append(s, t...); fmt.Println(cap(s))`,
			[]string{"s = _append2/*line :28:12*/(s, t...)", "func _append2(s []Shape, xs ...Shape) []Shape", "AppendCap(cap(s), len(s)+len(xs), 16, true)"}, nil},
		{"struct field", `var r []Rule; r = append(r, Rule{}); fmt.Println(cap(r))`,
			[]string{"append(_sl1.Grow(/*line :28:13*/r, 1).([]Rule)/*line :28:14*/, Rule{})"}, nil},
		{"array", `var w []Wide; w = append(w, Wide{}); fmt.Println(cap(w))`,
			[]string{"append(_sl1.Grow(/*line :28:13*/w, 1).([]Wide)/*line :28:14*/, Wide{})"}, nil},
		{"named slice", `var s Shapes; var t []Shape; s = append(s, nil); s = append(s, t...); fmt.Println(cap(s))`,
			[]string{"s = append(_sl1.Grow(/*line :29:13*/s, 1).(Shapes)/*line :29:14*/, nil)", "func _append2(s Shapes, xs ...Shape) Shapes"}, nil},
		{"local type", `type box struct{ S Shape }; var b []box; b = append(b, box{}); fmt.Println(cap(b))`,
			[]string{"b = append(_sl1.Grow(/*line :29:13*/b, 1).([]box)/*line :29:14*/, box{})"}, nil},
		{"no elements", `var s []Shape; s = append(s); fmt.Println(cap(s))`,
			nil, []string{"_grow", "_append"}},
		{"library interfaces", `var w []io.Writer; var e []error; var a []any; w = append(w, nil); e = append(e, nil); a = append(a, 1); fmt.Println(w, e, a)`,
			nil, []string{"_grow", "_append"}},
		{"pointers and slices of them", `var p []*Shape; var ss [][]Shape; var m []map[string]Shape; p = append(p, nil); ss = append(ss, nil); m = append(m, nil); fmt.Println(p, ss, m)`,
			nil, []string{"_grow", "_append"}},
		{"other elements", `var n []int; var r []struct{ A int }; n = append(n, 1); r = append(r, struct{ A int }{}); fmt.Println(n, r)`,
			nil, []string{"_grow", "_append", "AppendCap"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			src := decls + "\nfunc main() {\n\t" + strings.ReplaceAll(tt.body, "; ", "\n\t") + "\n}\n"
			liftHolds(t, src, tt.want, tt.not)
		})
	}
}

// BenchmarkAppendCap measures what pass appendcap costs a loop that
// appends to a []Shape, one shape at a time, in the interpreter as
// written and as the passes rewrite it (go test -bench AppendCap
// -benchtime 1000000x: a loop of 1 M appends), and checks that a []int's
// append is left as written, at no cost.
func BenchmarkAppendCap(b *testing.B) {
	const src = `package main

type Shape interface{ Area() float64 }

type Sq float64

func (s Sq) Area() float64 { return float64(s) }

var shapes []Shape

var ints []int

func Loop(n int) {
	var s []Shape
	x := Shape(Sq(1))
	for i := 0; i < n; i++ {
		s = append(s, x)
	}
	shapes = s
}

func Ints(n int) {
	var s []int
	for i := 0; i < n; i++ {
		s = append(s, i)
	}
	ints = s
}
`
	out := string(applied(b, src))
	if !strings.Contains(out, "s = append(_sl1.Grow(") || !strings.Contains(out, "s = append(s, i)") {
		b.Fatalf("only the []Shape's append is to grow as Go's:\n%s", out)
	}
	benchLoop(b, src, out)
}

// TestAppendCapRefusesUncopied checks that an append in a generic
// function is refused where an instance that pass generics writes no copy
// of grows a slice of a script's interfaces (a type declared inside a
// function), and not where every instance is copied or holds none.
func TestAppendCapRefusesUncopied(t *testing.T) {
	const decls = `package main

import "fmt"

type Shape interface{ Area() float64 }

type Sq float64

func (s Sq) Area() float64 { return float64(s * s) }

func One[T any](s []T, x T) []T { return append(s, x) }

func main() {
	%s
}
`
	for _, tt := range []struct {
		name, body string
		refused    bool
	}{
		{"local type holding one", `type item struct{ S Shape }; fmt.Println(cap(One([]item{}, item{Sq(1)})))`, true},
		{"local type holding none", `type item struct{ N int }; fmt.Println(cap(One([]item{}, item{1})))`, false},
		{"top-level interface", `fmt.Println(cap(One([]Shape{}, Shape(Sq(1)))))`, false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			src := fmt.Sprintf(decls, strings.ReplaceAll(tt.body, "; ", "\n\t"))
			_, err := apply(t, src)
			const want = "main.go:11:42: append grows a slice of []item here for One[item]"
			if got := err != nil && strings.Contains(err.Error(), want); got != tt.refused {
				t.Errorf("refused %v (%v), want %v", got, err, tt.refused)
			}
		})
	}
}
