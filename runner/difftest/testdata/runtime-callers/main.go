// difftest: refused runtime.Callers and CallersFrames see the interpreter's frames, not the script's functions
package main

import (
	"fmt"
	"runtime"
)

func main() {
	pcs := make([]uintptr, 8)
	n := runtime.Callers(1, pcs)
	frames := runtime.CallersFrames(pcs[:n])
	f, _ := frames.Next()
	fmt.Println(f.Function)
}
