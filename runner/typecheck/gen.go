//go:build ignore

// gen regenerates exportdata.zip, the API of every package a script may
// import; `go generate ./runner/typecheck` runs it.
package main

import (
	"fmt"
	"os"

	"github.com/socklab/socklab/runner/typecheck/exportgen"
)

func main() {
	data, err := exportgen.Archive(".")
	if err == nil {
		err = os.WriteFile("exportdata.zip", data, 0o644)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}
