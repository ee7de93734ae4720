// difftest: same
package main

import "fmt"

type Tagged[T any] struct {
	Tag string
	Val T
}

func (t Tagged[T]) String() string { return t.Tag + "=" + fmt.Sprint(t.Val) }

type Unit struct{ Name string }

func (u Unit) String() string { return "[" + u.Name + "]" }

func make1(i int) any {
	switch i {
	case 0:
		return Tagged[int]{"n", 1}
	case 1:
		return Tagged[Unit]{"u", Unit{"kg"}}
	case 2:
		return Tagged[any]{"a", Unit{"m"}}
	default:
		return &Tagged[string]{"p", "ptr"}
	}
}

func main() {
	for i := 0; i < 4; i++ {
		fmt.Println(make1(i))
	}
	vals := []any{make1(0), make1(1), make1(2), make1(3)}
	fmt.Println(vals...)
	fmt.Println(vals)
	fmt.Printf("%v\n", vals)
	fmt.Printf("%s %s\n", make1(1), make1(2))
}
