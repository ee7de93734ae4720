// difftest: refused the interpreter's symbol tables hold Go 1.22's library, not the functions later releases added
package main

import (
	"fmt"
	"strings"
	"sync/atomic"
)

func main() {
	// strings.Lines (Go 1.24) is written out for the interpreter; a
	// function of sync/atomic that Go 1.23 added is not.
	var flags int32 = 0b0110
	for l := range strings.Lines("set\nclear\n") {
		if strings.TrimSpace(l) == "clear" {
			atomic.AndInt32(&flags, 0b0010)
		}
	}
	fmt.Println(flags)
}
