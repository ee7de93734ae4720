//go:build ignore

// gen regenerates the helper packages' symbol tables; `go generate` runs it.
package main

import (
	"fmt"
	"os"

	"github.com/socklab/socklab/runner/symgen"
)

func main() {
	if err := symgen.Write("."); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}
