// difftest: same
// args: -quickchecks 7
package main

import (
	"flag"
	"fmt"
	"testing/quick"
)

// testing/quick defines -quickchecks on the command line when a program
// imports it, and its checks run that many times.
func main() {
	flag.Parse()
	calls := 0
	err := quick.Check(func(x int) bool { calls++; return x == x }, nil)
	fmt.Println(err, calls, flag.Lookup("quickchecks").Value)
	flag.VisitAll(func(f *flag.Flag) { fmt.Println("flag:", f.Name) })
}
