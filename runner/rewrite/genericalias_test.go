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
		[]string{"type _alias1 = struct{} /*Set[T comparable] = map[T]struct{}*/", "func size[T comparable](s map[T]struct{}/*line :5:33*/) int", "s := map[string]struct{}/*line :8:18*/{"},
		[]string{"Set[string]"})
}
