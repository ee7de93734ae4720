// difftest: refused an assertion to a type parameter that an instance makes an interface the script declares, of an any that holds a time.Duration with its methods, which the interpreter's assertion never matches
package main

import (
	"fmt"
	"time"
)

type Span interface {
	Hours() float64
	String() string
}

func As[T any](v any) (T, bool) {
	t, ok := v.(T)
	return t, ok
}

func main() {
	_, ok := As[Span](90 * time.Minute)
	fmt.Println(ok)
}
