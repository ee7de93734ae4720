package runner_test

import (
	"os"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"
	"github.com/socklab/socklab/runner"
)

// TestMain lets the test binary act as the socklab command, so the
// transcript tests below run the real thing: `exec socklab run ...`.
func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){
		"socklab": func() { os.Exit(runner.Main(os.Args[1:])) },
	})
}

// TestCommands runs the transcripts in testdata/script: what a user types
// and what socklab must answer.
func TestCommands(t *testing.T) {
	testscript.Run(t, testscript.Params{Dir: "testdata/script"})
}
