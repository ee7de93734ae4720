package runner_test

import (
	"os"
	"regexp"
	"syscall"
	"time"

	"github.com/rogpeppe/go-internal/testscript"
)

// awaitLimit bounds how long "await" waits: far past any hint's time, so
// that only a program that never prints the line meets it.
const awaitLimit = 30 * time.Second

// cmdAwait is the transcript command "await FILE REGEXP...": it waits
// until FILE, which a program the test started in the background writes
// (its output redirected there), holds a line matching each REGEXP. A
// transcript waits on what a program says rather than for a time that a
// loaded machine may outlast. It fails at once when every background
// program has ended without the lines, and after awaitLimit.
func cmdAwait(ts *testscript.TestScript, neg bool, args []string) {
	if neg {
		ts.Fatalf("unsupported: ! await")
	}
	if len(args) < 2 {
		ts.Fatalf("usage: await FILE REGEXP...")
	}
	file := ts.MkAbs(args[0])
	var res []*regexp.Regexp
	for _, a := range args[1:] {
		re, err := regexp.Compile("(?m)" + a)
		ts.Check(err)
		res = append(res, re)
	}
	matched := func() bool {
		text, _ := os.ReadFile(file)
		for _, re := range res {
			if !re.Match(text) {
				return false
			}
		}
		return true
	}
	giveUp := time.Now().Add(awaitLimit)
	for !matched() {
		if !backgroundRunning(ts) {
			if matched() { // the last lines came as the program ended
				return
			}
			text, _ := os.ReadFile(file)
			ts.Fatalf("every program started in the background has ended, and %s does not match; it holds:\n%s", args[0], text)
		}
		if time.Now().After(giveUp) {
			text, _ := os.ReadFile(file)
			ts.Fatalf("%s does not match after %v; it holds:\n%s", args[0], awaitLimit, text)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// backgroundRunning reports whether a program the transcript started in
// the background still runs.
func backgroundRunning(ts *testscript.TestScript) bool {
	for _, cmd := range ts.BackgroundCmds() {
		if cmd.Process.Signal(syscall.Signal(0)) == nil {
			return true
		}
	}
	return false
}
