// difftest: refused atomic.Pointer of a type parameter in a generic type without methods, which socklab does not write out per instance
package main

// A generic holder without methods of its own: the program calls its
// atomic.Pointer field's methods directly.

import (
	"fmt"
	"sync/atomic"
)

type Latest[T any] struct {
	Value atomic.Pointer[T]
}

func main() {
	var port Latest[int]
	p := 8080
	port.Value.Store(&p)
	fmt.Println(*port.Value.Load())
}
