package rewrite_test

import (
	"strings"
	"testing"
)

func init() {
	programs = append(programs, fromCorpus("instalias", "generic-type-instances"),
		// a generic type named by an unnamed result (*List[T]) is no
		// embedded field: its instances are written out still
		fromCorpus("instalias_unnamed_result", "lang-generic-pair-list-iter"),
		program{"instalias_embedded_instance", `package main

import "fmt"

type Set[T comparable] struct{ m map[T]bool }

func NewSet[T comparable]() *Set[T] { return &Set[T]{m: map[T]bool{}} }

func (s *Set[T]) Add(v T)      { s.m[v] = true }
func (s *Set[T]) Has(v T) bool { return s.m[v] }

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprint(p.Key, "=", p.Val) }

type Counted struct {
	*Set[int]
	adds int
}

func (c *Counted) Add(v int) { c.adds++; c.Set.Add(v) }

type Entry struct {
	Pair[string, Pair[int, bool]]
	note string
}

type Tagged[T any] struct {
	Pair[string, T]
	tag string
}

func main() {
	c := &Counted{Set: NewSet[int]()}
	c.Add(3)
	c.Set.Add(4)
	fmt.Println(c.adds, len(c.m), c.Has(4), c.Set.Has(3))
	e := Entry{Pair[string, Pair[int, bool]]{"k", Pair[int, bool]{1, true}}, "n"}
	fmt.Println(e.Key, e.Val, e, e.String())
	t := Tagged[float64]{Pair[string, float64]{"pi", 3.14}, "math"}
	fmt.Println(t.Key, t.Val, t.String(), t.tag)
}
`},
		program{"methodfuncs_generic_instance", `package main

import "fmt"

type Set[T comparable] struct{ m map[T]bool }

func (s *Set[T]) Add(v T) { s.m[v] = true }
func (s Set[T]) Len() int  { return len(s.m) }

func main() {
	add := (*Set[int]).Add
	n := Set[string].Len
	is := &Set[int]{m: map[int]bool{}}
	add(is, 4)
	add(is, 5)
	fmt.Println(is.Len(), n(Set[string]{m: map[string]bool{"a": true}}))
}
`})
}

func TestInstanceAliasEmbeddedSeveralArgs(t *testing.T) {
	src := `package main

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

type Entry struct {
	Pair[string, int]
	note string
}

func main() {
	e := Entry{Pair: Pair[string, int]{"k", 1}}
	_, _ = e.Key, e.note
}
`
	refuses(t, src, "main.go:14:13: the interpreter gives an embedded field of a generic type with several type arguments (Pair[string, int]) no name, so Pair selects nothing")
	ok := strings.Replace(src, "Entry{Pair: Pair[string, int]{\"k\", 1}}", "Entry{Pair[string, int]{\"k\", 1}, \"n\"}", 1)
	if _, err := apply(t, ok); err != nil {
		t.Errorf("the promoted fields alone refused: %v", err)
	}
}

func TestInstanceAliasEmbeddedKeepsName(t *testing.T) {
	liftHolds(t, `package main

type Set[T comparable] struct{ m map[T]bool }

func (s *Set[T]) Add(v T) { s.m[v] = true }

type Box[T any] struct{ v T }

type Counted struct {
	*Set[int]
	Box[Box[string]]
}

func main() {
	c := Counted{Set: &Set[int]{m: map[int]bool{}}}
	c.Set.Add(1)
}
`, []string{"\t*Set[int]\n", "\tBox[_Box"}, []string{"struct{ m map[int]bool }"})
}

func TestInstanceAliasEmbeddedMethodClash(t *testing.T) {
	src := `package main

type Box[T any] struct{ v T }

func (b *Box[T]) Get() T { return b.v }

type Named[T any] struct {
	*Box[T]
	name string
}

func (n *Named[T]) Get() T { return n.Box.Get() }

type Unused[T any] struct {
	Box[T]
}

func (u Unused[T]) Get() T { var z T; return z }

func main() {
	n := &Named[int]{&Box[int]{5}, "x"}
	_ = n.Get()
}
`
	refuses(t, src, "main.go:8:2: the interpreter mixes up Named's method Get with the one of the *Box[T] it embeds, so that a call of one runs the other: name the field (box *Box[T]) and call its methods through it, or give one of the two methods another name")
	if _, err := apply(t, src); err != nil && strings.Contains(err.Error(), "Unused") {
		t.Errorf("a type the program makes no instance of refused: %v", err)
	}
}

// TestInstanceAliasEdits checks which instances of generic types are
// named by an alias, and that the text after one keeps its column.
func TestInstanceAliasEdits(t *testing.T) {
	src := `package main

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

type Box[T any] struct{ v T }

func Make[K comparable, V any](k K, v V) Pair[K, V] { return Pair[K, V]{k, v} }

func main() {
	p := Pair[string, int]{"x", 1}
	q := []Pair[string, int]{p}
	b := Box[Pair[string, int]]{p}
	type local struct{}
	l := Box[local]{}
	_, _, _, _ = q, b, l, Make(1, "a")
}
`
	got := string(lift(t, "main.go", src))
	for _, want := range []string{
		"p := _Pair1/*line :13:24*/{\"x\", 1}", // the column of the brace kept
		"q := []_Pair1/*line :14:26*/{p}",      // the same alias again
		"b := _Box2/*line :15:29*/{p}",         // an instance of an instance
		"type _Pair1 = Pair[string, int]",      // declared once
		"type _Box2 = Box[_Pair1]",             // with the inner alias
		"Pair[K, V]{k, v}",                     // the generic function as written
		"type _Pair4 = Pair[int, string]",      // the instance that the copy of Make spells
		"func _Make3(k int, v string) _Pair4 { return _Pair4{k, v} }",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("rewritten:\n%s\nwant it to hold %s", got, want)
		}
	}
	if !strings.Contains(got, "l := Box[local]{}") {
		t.Errorf("rewritten:\n%s\nwant no alias of an instance of a type declared in a function", got)
	}
}
