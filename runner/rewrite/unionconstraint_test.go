package rewrite_test

import "testing"

func init() {
	programs = append(programs,
		fromCorpus("unionconstraint_embedded", "generics-embedded-union-constraint"),
	)
}

// TestUnionConstraintWritten checks that the constraint of a generic type
// whose instance a struct embeds is written as its bare union, and that
// one with methods, one already bare, and that of a type no struct embeds
// are left as they are.
func TestUnionConstraintWritten(t *testing.T) {
	const head = "package main\n\nimport \"cmp\"\n\ntype Number interface{ ~int | ~float64 }\n\ntype Shower interface{ Show() string }\n\n"
	tests := []struct {
		name, body string
		want, not  []string
	}{
		{"a named union", "type Set[T Number] struct{ v []T }\n\ntype Held struct{ Set[int] }\n\nvar _ = cmp.Less[int]\n",
			[]string{"type Set[T ~int | ~float64] struct"}, nil},
		{"cmp.Ordered", "type Set[T cmp.Ordered] struct{ v []T }\n\ntype Held struct{ Set[int] }\n",
			[]string{"type Set[T ~int | ~int8 | ~int16 | ~int32 | ~int64 | ~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64 | ~uintptr | ~float32 | ~float64 | ~string] struct"}, nil},
		{"a constraint with methods", "type Set[T Shower] struct{ v []T }\n\ntype Held struct{ Set[Shower] }\n\nvar _ = cmp.Less[int]\n",
			[]string{"type Set[T Shower] struct"}, nil},
		{"a bare union", "type Set[T ~int | ~string] struct{ v []T }\n\ntype Held struct{ Set[int] }\n\nvar _ = cmp.Less[int]\n",
			[]string{"type Set[T ~int | ~string] struct"}, nil},
		{"no struct embeds it", "type Set[T Number] struct{ v []T }\n\nvar _ Set[int]\n\nvar _ = cmp.Less[int]\n",
			nil, []string{"[T ~int | ~float64]"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			liftHolds(t, head+tt.body+"\nfunc main() {}\n", tt.want, tt.not)
		})
	}
}
