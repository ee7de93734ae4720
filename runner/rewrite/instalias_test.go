package rewrite_test

import (
	"strings"
	"testing"
)

func init() {
	programs = append(programs, fromCorpus("instalias", "generic-type-instances"))
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
