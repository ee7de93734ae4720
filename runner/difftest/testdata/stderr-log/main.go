// difftest: same
package main

import (
	"fmt"
	"log"
	"os"
)

// The log package writes to os.Stderr itself, which Go names
// /dev/stderr; setting its output sends it elsewhere.
func main() {
	fmt.Println(os.Stderr.Name(), os.Stdout.Name(), os.Stdin.Name())
	fmt.Println(log.Writer() == os.Stderr, log.Default().Writer() == os.Stderr, log.Flags() == log.LstdFlags)
	log.SetFlags(0)
	log.SetOutput(os.Stdout)
	log.Println("to standard output")
	fmt.Println(log.Writer() == os.Stdout, log.Default().Writer() == os.Stdout)
	fmt.Fprintln(os.Stderr, "to standard error")
}
