// difftest: same
package main

// An Opt[T] type with methods, a type switch on any(v) in a generic
// function, a type alias of an instance, and generic functions given an
// instance as an explicit type argument (Zero[Pair[string, bool]]()).

import (
	"fmt"
	"strconv"
)

func Describe[T any](v T) string {
	switch x := any(v).(type) {
	case int:
		return "int " + strconv.Itoa(x)
	case string:
		return "string " + x
	case fmt.Stringer:
		return "stringer " + x.String()
	default:
		return fmt.Sprintf("other %v", x)
	}
}

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

type IntPair = Pair[int, int]

func Equal[T comparable](a, b T) bool { return a == b }

func Zero[T any]() T { return *new(T) }

type Opt[T any] struct {
	v  T
	ok bool
}

func Some[T any](v T) Opt[T]    { return Opt[T]{v, true} }
func None[T any]() Opt[T]       { return Opt[T]{} }
func (o Opt[T]) Get() (T, bool) { return o.v, o.ok }
func (o Opt[T]) OrElse(d T) T {
	if o.ok {
		return o.v
	}
	return d
}

func main() {
	fmt.Println(Describe(3), Describe("x"), Describe(2.5))
	p := IntPair{1, 2}
	fmt.Println(p, Equal(p, IntPair{1, 2}), Equal(p, IntPair{2, 1}))
	fmt.Println(Zero[int](), Zero[string]() == "", Zero[Pair[string, bool]]())
	o := Some(42)
	v, ok := o.Get()
	fmt.Println(v, ok, None[string]().OrElse("dflt"), Some("x").OrElse("y"))
	opts := []Opt[int]{Some(1), None[int](), Some(3)}
	sum := 0
	for _, o := range opts {
		sum += o.OrElse(100)
	}
	fmt.Println(sum)
	m := map[Pair[string, int]]bool{{"a", 1}: true}
	fmt.Println(m[Pair[string, int]{"a", 1}], m[Pair[string, int]{"a", 2}])
}
