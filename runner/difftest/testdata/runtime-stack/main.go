// difftest: refused runtime.Stack holds the interpreter's frames, not the script's
package main

import (
	"fmt"
	"runtime"
	"strings"
)

func main() {
	buf := make([]byte, 4096)
	n := runtime.Stack(buf, false)
	fmt.Println(strings.Split(string(buf[:n]), "\n")[1])
}
