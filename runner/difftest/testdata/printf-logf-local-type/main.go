// difftest: refused a logf wrapper's format, known only at run time, prints through its ...any a value of a type declared inside a function, which no function of the top level can ask the interface for
// A logf wrapper in front of log.Printf, called with a type the caller
// declares inside its function: %+v, %T and %#v of it, read at run time
// from the wrapper's any, would print the interpreter's names for it.
package main

import (
	"log"
	"os"
)

var verbose = true

func logf(format string, args ...any) {
	if verbose {
		log.Printf("debug: "+format, args...)
	}
}

func main() {
	log.SetFlags(0)
	log.SetOutput(os.Stdout)
	type probe struct {
		host string
		port int
	}
	p := probe{"alpha", 80}
	logf("probe %+v", p)
	logf("probe of type %T", p)
}
