// difftest: same
package main

import (
	"fmt"
	"log"
	"os"
)

// log.Panicln prints the line it is called from, then panics with the
// message: recovered here once, and then not.
func main() {
	log.SetOutput(os.Stdout)
	log.SetFlags(log.Lshortfile | log.Lmsgprefix)
	log.SetPrefix("> ")
	func() {
		defer func() { fmt.Printf("recovered %q\n", recover()) }()
		log.Panicln("first", 1)
	}()
	log.Panic("second")
}
