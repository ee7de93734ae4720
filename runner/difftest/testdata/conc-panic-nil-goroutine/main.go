// difftest: same
// stderr: panic
package main

// panic(nil) in a goroutine: recover returns a *runtime.PanicNilError,
// raised again, and its report ends the program.

import (
	"fmt"
	"time"
)

func main() {
	go func() {
		defer func() {
			r := recover()
			fmt.Printf("%T %v\n", r, r)
			panic(r)
		}()
		panic(nil)
	}()
	time.Sleep(time.Second)
}
