package runner_test

import (
	"os"
	"testing"
	"time"

	"github.com/rogpeppe/go-internal/testscript"
	"github.com/socklab/socklab/runner"
	"github.com/socklab/socklab/runner/lessontest"
)

// TestMain lets the test binary act as the socklab command, so the
// transcript tests below run the real thing: `exec socklab run ...`.
func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){
		"socklab": func() { os.Exit(runner.Main(os.Args[1:])) },
	})
}

// TestLessonLike runs the engine tests that need servers and clients
// together (Ctrl-C freeing a port, ...) through the lesson harness, each
// test on a loopback address of its own.
func TestLessonLike(t *testing.T) {
	lessontest.TestAll(t, "testdata/lessons", lessontest.Options{Timeout: 30 * time.Second})
}

// TestCommands runs the transcripts in testdata/script: what a user types
// and what socklab must answer.
func TestCommands(t *testing.T) {
	testscript.Run(t, testscript.Params{Dir: "testdata/script"})
}
