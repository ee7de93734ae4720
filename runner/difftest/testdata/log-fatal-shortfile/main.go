// difftest: same
package main

import (
	"fmt"
	"log"
	"os"
)

// log.Fatalf prints the line it is called from, then ends the program with
// exit status 1; deferred calls do not run.
func main() {
	log.SetOutput(os.Stdout)
	log.SetFlags(log.Lshortfile)
	defer fmt.Println("not printed")
	l := log.New(os.Stdout, "[fatal] ", log.Lshortfile)
	l.Println("about to fail")
	log.Fatalf("cannot listen on %d", 80)
}
