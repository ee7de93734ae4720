// difftest: refused runtime.Caller(1) sees the interpreter's frames, not the script's
package main

import (
	"fmt"
	"runtime"
)

func main() {
	_, file, line, ok := runtime.Caller(1)
	fmt.Println(file, line, ok)
}
