// difftest: refused runtime.FuncForPC names the interpreter's functions, not the script's
package main

import (
	"fmt"
	"runtime"
)

func main() {
	pc, _, _, _ := runtime.Caller(0)
	fmt.Println(runtime.FuncForPC(pc).Name())
}
