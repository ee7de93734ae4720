// difftest: refused debug.PrintStack prints the interpreter's frames, not the script's
package main

import (
	"os"
	"runtime/debug"
)

func main() {
	os.Stderr = os.Stdout
	debug.PrintStack()
}
