// Command socklab runs Go socket lessons at once, with no compile step.
// See README.md, or run "socklab help".
package main

import (
	"os"

	"github.com/socklab/socklab/runner"
)

func main() {
	os.Exit(runner.Main(os.Args[1:]))
}
