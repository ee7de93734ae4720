// difftest: same
package main

import (
	"fmt"
	"log"
	"os"
)

// logf logs the line of its caller, as testing's t.Helper does.
func logf(format string, v ...any) {
	log.Output(2, fmt.Sprintf(format, v...))
}

func main() {
	log.SetOutput(os.Stdout)
	log.SetFlags(log.Lshortfile)
	logf("from main: %d", 1)
}
