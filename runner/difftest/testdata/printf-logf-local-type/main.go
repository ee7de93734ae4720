// difftest: same
// A logf wrapper in front of log.Printf, called with a type the caller
// declares inside its function: %+v, %T and %#v of it, read at run time
// from the wrapper's any, print Go's names for it (socklab moves the
// type to the top level, where lift asks the interface for it).
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
