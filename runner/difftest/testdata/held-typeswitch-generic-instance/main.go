// difftest: same

// A type switch whose cases name instances of a generic type the program
// declares, on an any and inside a generic function.
package main

import "fmt"

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("%v=%v", p.Key, p.Val) }

type Color int

func (c Color) String() string { return []string{"red", "green"}[c] }

func describe[T any](v T) string {
	var a any = v
	switch x := a.(type) {
	case Pair[string, Color]:
		return "colored " + x.String()
	case Pair[string, int], Pair[int, int]:
		return fmt.Sprint("pair ", x)
	case error:
		return "error " + x.Error()
	}
	return fmt.Sprintf("plain %v", v)
}

func main() {
	fmt.Println(describe(Pair[string, Color]{"sky", 1}))
	fmt.Println(describe(Pair[string, int]{"n", 2}))
	fmt.Println(describe(Pair[int, int]{3, 4}))
	fmt.Println(describe(fmt.Errorf("bad")))
	fmt.Println(describe(Color(0)))
	var held any = Pair[string, int]{"x", 9}
	switch p := held.(type) {
	case Pair[string, int]:
		fmt.Println("held", p.Key, p.Val, p)
	default:
		fmt.Println("other")
	}
}
