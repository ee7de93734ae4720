// difftest: same
// args: -quickchecks 5
package main

import (
	"flag"
	"fmt"
	"os"
)

// A flag that only an unimported package would define is unknown: Parse
// says so on standard error (with the usage) and the program exits 2.
func main() {
	flag.Usage = func() { fmt.Println("usage: main [-n N]") }
	n := flag.Int("n", 1, "how many")
	flag.CommandLine.SetOutput(os.Stdout)
	flag.Parse()
	fmt.Println("not reached", *n)
}
