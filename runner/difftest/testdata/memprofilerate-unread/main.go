// difftest: same
// runtime.MemProfileRate in a program that cannot read the memory profile:
// Go's linker turns the sampling off there, and the rate reads 0. The
// program reads its memory statistics, which do not need the profile.
package main

import (
	"fmt"
	"runtime"
)

func main() {
	fmt.Println("sampling one allocation in", runtime.MemProfileRate, "bytes")
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	fmt.Println("heap in use:", m.HeapInuse > 0)
}
