//go:build ignore

// gen regenerates the symbol tables of Go's standard library; `go
// generate` runs it (a few minutes: the extractor reads each package's
// source).
package main

import (
	"fmt"
	"os"

	"github.com/socklab/socklab/runner/symgen"
)

func main() {
	if err := symgen.WriteGoStd("."); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}
