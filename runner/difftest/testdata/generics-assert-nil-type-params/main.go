// difftest: same

// Generic functions that assert an any to their type parameter, comma-ok
// and not, instantiated with basic types, a named type with a String
// method, fmt.Stringer and error, and that compare any(v) with nil for
// instances of an interface, a pointer and an int.
package main

import (
	"errors"
	"fmt"
)

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1fC", float64(c)) }

func As[T any](v any) (T, bool) {
	t, ok := v.(T)
	return t, ok
}

func Must[T any](v any) T {
	return v.(T)
}

func IsNil[T any](v T) bool { return any(v) == nil }

func Collect[T any](vs ...any) []T {
	var out []T
	for _, v := range vs {
		if t, ok := v.(T); ok {
			out = append(out, t)
		}
	}
	return out
}

type Err struct{ msg string }

func (e *Err) Error() string { return e.msg }

func main() {
	fmt.Println(As[int](3))
	fmt.Println(As[string](3))
	fmt.Println(As[Celsius](Celsius(2)))
	fmt.Println(As[fmt.Stringer](Celsius(4)))
	fmt.Println(As[error](errors.New("e")))
	e, ok := As[error](&Err{"mine"})
	fmt.Println(e, ok)
	fmt.Println(Collect[int](1, "a", 2, 3.0, 4))
	fmt.Println(Collect[fmt.Stringer](Celsius(1), 2, Celsius(3)))
	fmt.Println(IsNil[error](nil), IsNil[*int](nil), IsNil(0), IsNil[any](nil))
	fmt.Println(Must[string]("ok"))
}
