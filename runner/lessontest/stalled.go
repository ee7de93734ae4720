package lessontest

import (
	"os"
	"path/filepath"

	"github.com/rogpeppe/go-internal/testscript"
	"github.com/socklab/socklab/runner/stall"
	"github.com/socklab/socklab/runner/stall/watch"
)

// stalledFile, in a test's stall folder, holds the message of a test that
// stalled.
const stalledFile = ".stalled"

// watchStall has the programs of the test record their receives in the
// folder sdir (see package stall), and watches it while the test runs: a
// test whose programs all wait on each other is stopped at once instead
// of at its time limit.
func watchStall(e *testscript.Env, sdir string) {
	e.Setenv(stall.EnvDir, sdir)
	stop := make(chan struct{})
	done := make(chan struct{})
	go func() {
		defer close(done)
		watch.Watch(sdir, stop, func(msg string) {
			os.WriteFile(filepath.Join(sdir, stalledFile), []byte(msg), 0o644)
		})
	}()
	e.Defer(func() {
		close(stop)
		<-done
	})
}

// stalled returns the message of a test that stalled, or "".
func stalled(sdir string) string {
	data, err := os.ReadFile(filepath.Join(sdir, stalledFile))
	if err != nil {
		return ""
	}
	return string(data)
}
