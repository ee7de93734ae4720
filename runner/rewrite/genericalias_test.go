package rewrite_test

import "testing"

func init() {
	programs = append(programs, fromCorpus("generic_type_alias", "generic-type-alias"))
}

// TestGenericAlias checks what pass genericalias writes: the declaration
// commented out beside one that names nothing, on its line, and each
// instance as the type it stands for.
func TestGenericAlias(t *testing.T) {
	src := `package main

type Set[T comparable] = map[T]struct{}

func size[T comparable](s Set[T]) int { return len(s) }

func main() {
	s := Set[string]{"a": {}}
	_ = size(s)
}
`
	liftHolds(t, src,
		[]string{"type _alias1 = struct{} /* Set[T comparable] = map[T]struct{} */", "func size[T comparable](s map[T]struct{}/*line :5:33*/) int", "s := map[string]struct{}/*line :8:18*/{"},
		[]string{"Set[string]"})
}

// TestGenericAliasOfSeq checks that an alias of iter.Seq, which pass
// iterseq writes out with a line comment inside the declaration, stays
// one comment.
func TestGenericAliasOfSeq(t *testing.T) {
	src := `package main

import "iter"

type Seq[T any] = iter.Seq[T]

func none(yield func(int) bool) {}

func main() {
	var s Seq[int] = none
	s(func(int) bool { return true })
}
`
	liftHolds(t, src,
		[]string{"type _alias1 = struct{} /* Seq[T any] = func(yield func(T) bool)/*line :5:30* / */"},
		[]string{"Seq[int]"})
}
