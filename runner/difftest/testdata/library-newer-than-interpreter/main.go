// difftest: same
package main

import (
	"fmt"
	"strings"
	"sync/atomic"
)

func main() {
	// strings.Lines (Go 1.24) is written out for the interpreter; the
	// functions of sync/atomic that Go 1.23 added are in its tables.
	var flags int32 = 0b0110
	for l := range strings.Lines("set\nclear\n") {
		switch strings.TrimSpace(l) {
		case "clear":
			old := atomic.AndInt32(&flags, 0b0010)
			fmt.Printf("cleared: %04b -> %04b\n", old, flags)
		case "set":
			old := atomic.OrInt32(&flags, 0b1000)
			fmt.Printf("set: %04b -> %04b\n", old, flags)
		}
	}
	var mask atomic.Uint64
	mask.Store(0xff)
	fmt.Println(mask.And(0x0f), mask.Or(0x30), mask.Load())
	fmt.Println(flags)
}
