// difftest: same
// args: -n 3
package main

import (
	"flag"
	"fmt"
)

// The command line has the flags the program defines, and none that
// packages it does not import would define.
func main() {
	n := flag.Int("n", 1, "how many")
	flag.Parse()
	flag.VisitAll(func(f *flag.Flag) { fmt.Println("flag:", f.Name, f.Value) })
	fmt.Println(*n, flag.Lookup("testwork") == nil, flag.Lookup("quickchecks") == nil)
}
