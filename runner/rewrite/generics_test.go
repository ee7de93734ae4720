package rewrite_test

import "testing"

func init() {
	programs = append(programs,
		program{"generics_instances", `package main

import (
	"fmt"
	"strconv"
	"strings"
)

type Number interface{ ~int | ~float64 }

type Celsius float64

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func Reduce[T, A any](xs []T, init A, f func(A, T) A) A {
	acc := init
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

func Sum[T Number](xs ...T) T {
	return Reduce(xs, T(0), func(a, x T) T { return a + x })
}

func MaxOf[T int | float64 | string](first T, rest ...T) T {
	m := first
	for _, x := range rest {
		m = max(m, x)
	}
	return m
}

func Count[T any](xs []T, keep func(T) bool) (n int) {
	for i := range len(xs) {
		if keep(xs[i]) {
			n++
		}
	}
	return
}

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func Zip[K comparable, V any](ks []K, vs []V) []Pair[K, V] {
	var out []Pair[K, V]
	for i, k := range ks {
		out = append(out, Pair[K, V]{k, vs[i]})
	}
	return out
}

func Depth[T any](x T, n int) string {
	if n == 0 {
		return fmt.Sprint(x)
	}
	return "(" + Depth(x, n-1) + ")"
}

func At[T any](xs []T, i int) T {
	return xs[i]
}

func main() {
	words := strings.Fields("go is fun")
	fmt.Println(Map(words, strings.ToUpper), Map(words, func(s string) int { return len(s) }))
	fmt.Println(Map(Map([]int{1, 22}, strconv.Itoa), func(s string) string { return s + "!" }))
	fmt.Println(Sum(1, 2, 3), Sum(1.5, 2.5), Sum[Celsius](20, 1.5), Sum[int]())
	fmt.Println(MaxOf(3, 9, 2), MaxOf("b", "c", "a"), MaxOf(1.5))
	fmt.Println(Count(words, func(s string) bool { return len(s) == 2 }))
	fmt.Printf("%v\n", Zip([]string{"a", "b"}, []int{1, 2}))
	f := Map[int, string]
	fmt.Println(f([]int{7}, strconv.Itoa), Depth(3, 2), Depth("x", 0))
	fmt.Println(At(words, 1))
}
`},
	)
}

func init() {
	programs = append(programs, fromCorpus("generics_pointer_constraint", "generics-method-constraints"))
}

// TestGenericsConversionSpelling checks how a copy converts to a type
// parameter: in parentheses where its type would read otherwise there.
func TestGenericsConversionSpelling(t *testing.T) {
	const head = "package main\n\ntype P struct{ n int }\n\nfunc (p *P) Set(n int) { p.n = n }\n\n"
	for _, tt := range []struct {
		name, body string
		want, not  []string
	}{
		{"a pointer", "func Set[T any, PT interface {\n\t*T\n\tSet(int)\n}](v *T) { PT(v).Set(1) }\n\nfunc main() { Set[P](&P{}) }\n", []string{"(*P)(v).Set(1)"}, []string{" *P(v)"}},
		{"a channel", "func Close[C ~chan int](c chan int) { close(C(c)) }\n\nfunc main() { Close[chan int](make(chan int)) }\n", []string{"close((chan int)(c))"}, nil},
		{"a named type", "func Conv[T ~int](n int) T { return T(n) }\n\nfunc main() { _ = Conv[int](1) }\n", []string{"return int(n)"}, []string{"(int)"}},
		{"a pointer not converted to", "func New[T any, PT interface{ *T }]() PT { var p PT = new(T); return p }\n\nfunc main() { _ = New[P]() }\n", []string{"var p *P = new(P)"}, []string{"(*P)"}},
	} {
		t.Run(tt.name, func(t *testing.T) { liftHolds(t, head+tt.body, tt.want, tt.not) })
	}
}

func init() {
	programs = append(programs,
		fromCorpus("generics_equal_interfaces", "generics-equal-interfaces"),
		fromCorpus("generics_switch_zero_interfaces", "generics-switch-zero-interfaces"),
		fromCorpus("generics_assert_nil_type_params", "generics-assert-nil-type-params"),
		fromCorpus("generics_print_interface_instances", "generics-print-interface-instances"),
		fromCorpus("generics_minmax_float_instances", "generics-minmax-float-instances"))
}

// TestGenericsEqualSpelling checks how a copy compares values of a type
// parameter: by lift.Equal where the instance's type is an interface
// whose values the interpreter keeps in its wrappers, as Go's == where it
// is not.
func TestGenericsEqualSpelling(t *testing.T) {
	const head = "package main\n\nimport (\n\t\"maps\"\n\t\"slices\"\n)\n\nvar _ = maps.Clone[map[int]int]\n\ntype Shape interface{ Area() float64 }\n\ntype Sq struct{ S float64 }\n\nfunc (s Sq) Area() float64 { return s.S }\n\nfunc Eq[T comparable](a, b T) bool { return a == b }\n\nfunc Ne[T comparable](a, b T) bool { return a != b }\n\ntype E struct{}\n\nfunc (E) Error() string { return \"e\" }\n\nvar _ = slices.Clip[[]int]\n\n"
	for _, tt := range []struct {
		name, body string
		want, not  []string
	}{
		{"an interface of the script", "func main() { _ = Eq[Shape](Sq{1}, Sq{1}) }\n", []string{".Equal(/*line :16:45*/a , b)/*line :16:51*/"}, nil},
		{"not equal", "func main() { _ = Ne[Shape](Sq{1}, Sq{1}) }\n", []string{"!_sl2.Equal(/*line :18:45*/a , b)"}, nil},
		{"error", "func main() { _ = Eq[error](nil, nil) }\n", []string{".Equal(/*line :16:45*/a , b)"}, nil},
		{"a basic type", "func main() { _ = Eq(1, 2) }\n", []string{"(a, b int) bool { return a == b }"}, []string{".Equal("}},
		{"a struct of the script", "func main() { _ = Eq(Sq{1}, Sq{1}) }\n", []string{"(a, b Sq) bool { return a == b }"}, []string{".Equal("}},
		{"slices.Index of an interface", "func main() { _ = slices.Index([]Shape{Sq{1}}, Shape(Sq{1})) }\n", []string{".Equal(a1, a0[i])"}, []string{"a1 == a0[i]"}},
		{"slices.Contains of an interface", "func main() { _ = slices.Contains([]Shape{Sq{1}}, Shape(Sq{1})) }\n", []string{".Equal(a1, a0[i])"}, []string{"a1 == a0[i]"}},
		{"slices.Equal of errors", "func main() { _ = slices.Equal([]error{E{}}, nil) }\n", []string{"!_sl2.Equal(a0[i], a1[i])"}, []string{"a0[i] != a1[i]"}},
		{"slices.Compact of an interface", "func main() { _ = slices.Compact([]Shape{Sq{1}}) }\n", []string{".Equal(a0[k], a0[k-1])", "!_sl2.Equal(s2[k2], s2[k2-1])"}, []string{"a0[k] == a0[k-1]", "s2[k2] != s2[k2-1]"}},
		{"maps.Equal of an interface", "func main() { _ = maps.Equal(map[int]Shape{}, map[int]Shape{}) }\n", []string{"!_sl2.Equal(v1, v2)"}, []string{"v1 != v2"}},
		{"a switch on a value of a type parameter", "func Pick[T comparable](v, a, b T) int {\n\tswitch v {\n\tcase a, b:\n\t\treturn 1\n\t}\n\treturn 0\n}\n\nfunc main() { _ = Pick[Shape](Sq{1}, Sq{1}, nil) }\n", []string{"switch  {", "case _sl2.Equal(v, /*line :28:7*/a)/*line :28:8*/ || _sl2.Equal(v, /*line :28:10*/b)/*line :28:11*/:"}, nil},
		{"a switch on a value of a type parameter of ints", "func Pick[T comparable](v, a, b T) int {\n\tswitch v {\n\tcase a, b:\n\t\treturn 1\n\t}\n\treturn 0\n}\n\nfunc main() { _ = Pick(1, 2, 3) }\n", []string{"switch v {"}, []string{".Equal("}},
		{"new of a type parameter", "func Zero[T comparable](v T) bool { return v == *new(T) }\n\nfunc main() { _ = Zero[Shape](nil) }\n", []string{"_sl2.Equal(/*line :26:44*/v , *func() *Shape { var _new"}, nil},
		{"slices.Contains in a generic function", "func Has[T comparable](xs []T, v T) bool { return slices.Contains(xs, v) }\n\nfunc main() { _, _ = Has([]Shape{Sq{1}}, Shape(Sq{1})), Has([]int{1}, 1) }\n", []string{"(xs []Shape, v Shape) bool { return func(a0 []Shape, a1 Shape) bool { for i := range a0 { if _sl2.Equal(a1, a0[i])", "(xs []int, v int) bool { return func(a0 []int, a1 int) bool { for i := range a0 { if a1 == a0[i]"}, nil},
		{"slices.Index of ints", "func main() { _ = slices.Index([]int{1}, 1) }\n", []string{"a1 == a0[i]"}, []string{".Equal("}},
	} {
		t.Run(tt.name, func(t *testing.T) { liftHolds(t, head+tt.body, tt.want, tt.not) })
	}
}

// TestGenericsMapKeyRefused checks that a copy refuses a map keyed by a
// type parameter whose instance keys it by an interface the interpreter
// cannot hash as Go does, and accepts the others.
func TestGenericsMapKeyRefused(t *testing.T) {
	const head = "package main\n\ntype Shape interface{ Area() float64 }\n\ntype Sq struct{ S float64 }\n\nfunc (s Sq) Area() float64 { return s.S }\n\ntype E struct{}\n\nfunc (E) Error() string { return \"e\" }\n\nfunc Count[T comparable](xs []T) int { return len(map[T]bool{}) + len(xs) }\n\n"
	refuses(t, head+"func main() { _ = Count([]Shape{Sq{1}}) }\n", "main.go:13:55: map[T]bool, in an instance where T is Shape: the interpreter keeps a value of Shape in a form of its own")
	refuses(t, head+"func main() { _ = Count([]error{E{}}) }\n", "main.go:13:55: map[T]bool, in an instance where T is error: the interpreter keeps a E stored as error in a wrapper that a map cannot hash")
	if _, err := apply(t, head+"func main() { _ = Count([]int{1}) + Count([]Sq{{1}}) + Count([]any{1}) }\n"); err != nil {
		t.Errorf("want no refusal, got %v", err)
	}
}

// TestGenericsPrintedInstances checks that a copy hands lift.Show a
// printed value of a type parameter that its instance makes a type the
// printing pass shows, and lift.TypeName one that %T names, with the verb
// turned into %s, and leaves the others to fmt.
func TestGenericsPrintedInstances(t *testing.T) {
	const src = "package main\n\nimport \"fmt\"\n\ntype Shape interface{ Area() float64 }\n\ntype Sq struct{ S float64 }\n\nfunc (s Sq) Area() float64 { return s.S }\n\nfunc Print[T any](v T) { fmt.Println(v); fmt.Printf(\"%v %T\\n\", v, v) }\n\nfunc main() {\n\tPrint([]Shape{Sq{1}})\n\tPrint(1)\n}\n"
	liftHolds(t, src, []string{"func _Print1(v []Shape) { fmt.Println(_sl", ".Show(v, _slT", "fmt.Printf(\"%v %s\\n\", _sl", ".TypeName(v, _slT", "func _Print2(v int) { fmt.Println(v); fmt.Printf(\"%v %T\\n\", v, v) }"}, nil)
}

// TestGenericsFloatMinMax checks that a copy writes min and max of a type
// parameter again for a floating-point instance, where a NaN wins and -0
// is less than +0, and leaves the others as the type parameter's.
func TestGenericsFloatMinMax(t *testing.T) {
	const src = "package main\n\nimport \"cmp\"\n\nfunc Least[T cmp.Ordered](a, b T) T { return min(a, b) }\n\nfunc main() { _, _ = Least(1.5, 2), Least(1, 2) }\n"
	liftHolds(t, src, []string{"func _Least1(a, b float64) float64 { return func(ys ...float64) float64 { x := ys[0]; for _, y := range ys[1:] { switch { case x != x:", "func _Least2(a, b int) int { return func(x int, ys ...int) int { for _, y := range ys { if y < x { x = y } }; return x }(a, b) }"}, nil)
}

// TestGenericsFloatPicks checks that a copy picks the elements of
// slices.Min and Max written in a generic function as a floating-point
// type's where its instance makes them one, and as the type parameter's
// elsewhere.
func TestGenericsFloatPicks(t *testing.T) {
	const src = "package main\n\nimport (\n\t\"cmp\"\n\t\"slices\"\n)\n\nfunc Least[T cmp.Ordered](xs []T) T { return slices.Min(xs) }\n\nfunc main() { _, _ = Least([]float64{1}), Least([]int{1}) }\n"
	liftHolds(t, src, []string{"func _Least1(xs []float64) float64 { return func(a0 []float64) float64 { if len(a0) < 1 { panic(\"slices.Min: empty list\") }; m := a0[0]; for _, y := range a0[1:] { switch { case m != m:", "func _Least2(xs []int) int { return func(a0 []int) int { if len(a0) < 1 { panic(\"slices.Min: empty list\") }; m := a0[0]; for _, y := range a0[1:] { if y < m { m = y } }"}, nil)
}
