// difftest: same
package main

import (
	"fmt"
	"runtime"
)

func main() {
	_, file, line, ok := runtime.Caller(1)
	fmt.Println(file, line, ok)
}
