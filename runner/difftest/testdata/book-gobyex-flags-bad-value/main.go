// difftest: same
// args: -numb=abc
package main

// Go by Example, Command-Line Flags: a value that does not parse as the
// flag's type stops the program with status 2 before main goes on.

import (
	"flag"
	"fmt"
)

func main() {
	n := flag.Int("numb", 42, "an int")
	flag.Parse()
	fmt.Println(*n)
}
