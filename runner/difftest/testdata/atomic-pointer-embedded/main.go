// difftest: refused an embedded atomic.Pointer: socklab writes atomic.Pointer out only as a named field
package main

// A configuration holder that embeds atomic.Pointer, so that its Load and
// Store are the holder's own.

import (
	"fmt"
	"sync/atomic"
)

type Config struct{ Limit int }

type Holder struct {
	atomic.Pointer[Config]
	name string
}

func main() {
	h := &Holder{name: "limits"}
	fmt.Println(h.Load() == nil)
	h.Store(&Config{Limit: 3})
	fmt.Println(h.name, h.Load().Limit, h.Pointer.Load().Limit)
}
