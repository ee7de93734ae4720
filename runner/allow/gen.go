//go:build ignore

// gen writes audit.txt from the rules; `go generate` runs it.
package main

import (
	"fmt"
	"os"

	"github.com/socklab/socklab/runner/allow"
)

func main() {
	if err := os.WriteFile("audit.txt", []byte(allow.Format(allow.Build(allow.Tables()))), 0o644); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}
