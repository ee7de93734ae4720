// difftest: refused %+v of a type parameter that an instance makes a struct with unexported fields prints the interpreter's field names
package main

// Printing a type parameter with %+v where an instance makes it a struct
// with unexported fields.

import "fmt"

type pt struct{ x, y int }

func Show[T any](xs []T) string { return fmt.Sprintf("%+v %v", xs, xs) }

func One[T any](x T) string { return fmt.Sprintf("%+v", x) }

func main() {
	fmt.Println(Show([]pt{{1, 2}}))
	fmt.Println(One(pt{3, 4}))
}
