//go:build ignore

// gen writes audit.txt from the rules; `go generate` runs it.
package main

import (
	"fmt"
	"os"

	"github.com/socklab/socklab/runner/allow"
)

func main() {
	entries := allow.Build(allow.Tables())
	audit := allow.Format(entries)
	for name, text := range map[string]string{"audit.txt": audit, "audit_index.go": allow.FormatIndex(audit, entries)} {
		if err := os.WriteFile(name, []byte(text), 0o644); err != nil {
			fmt.Fprintln(os.Stderr, "gen:", err)
			os.Exit(1)
		}
	}
}
