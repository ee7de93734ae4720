// Package lessontest runs the transcript tests of socklab lessons: the
// tests/*.txtar files of each lesson folder, in go-internal's testscript
// format (see scripts/TESTING.md). The socklab test command uses it, and so
// does go test, through TestAll.
//
// Each test runs in a fresh work folder holding a copy of the lesson, with
// a loopback address of its own, or where only 127.0.0.1 is usable, ports
// of its own (so that lessons which all say 127.0.0.1:12345 run side by
// side), socklab on its PATH, a "listening"
// command that waits for a program to listen, and $SEEDPY, which runs a
// seed's Python programs under the same address rules. A test that runs
// longer than its time limit is stopped, and so is every program it started.
package lessontest

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/rogpeppe/go-internal/testscript"
	"github.com/socklab/socklab/runner/netgate"
	"github.com/socklab/socklab/runner/pace"
	"github.com/socklab/socklab/runner/scratch"
	"github.com/socklab/socklab/runner/seedpython"
)

// DefaultTimeout bounds a test when Options.Timeout is zero.
const DefaultTimeout = 30 * time.Second

// EnvHarness is set to "1" in every test's environment. A go test binary
// that was started as socklab by a test but does not act as socklab (its
// TestMain does not call testscript.Main) sees it and stops, instead of
// running the tests again and again.
const EnvHarness = "SOCKLAB_HARNESS"

// Options say how tests run.
type Options struct {
	Timeout time.Duration // per test; DefaultTimeout when zero
	// Spin is how much CPU time a program may use computing without pause
	// while every other program of the test waits on it (see spin.go);
	// half of Timeout when zero.
	Spin    time.Duration
	Starter bool // run against the lesson's starter/ files
	// Submission is a folder of a student's work to run the tests against,
	// for tests that name none of their own (Test.Submission). Only the
	// files the lesson asks a student to hand in are taken from it (see
	// package handin); a test that names a file the student did not hand
	// in fails at once, saying so.
	Submission string
	Verbose    bool // keep the whole transcript of passing tests too
	// Socklab is the binary that tests run as "socklab". When empty it is
	// this program (os.Executable): the socklab command itself, or a go
	// test binary whose TestMain calls testscript.Main with a "socklab"
	// command.
	Socklab string
	// PortMap isolates tests by port mapping even where each test could
	// have a loopback address of its own (see newIsolation).
	PortMap bool
	// NoNamespace runs tests in this process's network namespace, each
	// with a loopback address of its own, even where each test could run
	// in a network namespace of its own (see namespace.go).
	NoNamespace bool
	Wire        Wire // traces and faults (see wire.go)
	// Env is more environment for every test ("KEY=value"): the script
	// limits of socklab test's flags, which each socklab run takes up.
	Env []string
}

// A Harness runs lesson tests. It holds what tests share: the folder that
// puts socklab on their PATH and the isolation of their addresses.
// Close it when done.
type Harness struct {
	opts   Options
	bin    string // a folder holding "socklab", a link to Options.Socklab
	iso    isolation
	ns     *namespaces // set when each test runs in a namespace of its own
	note   string      // why tests do not, where they could
	closed bool

	stopOnce sync.Once
	stopped  chan struct{} // closed by Stop
	running  atomic.Int32  // tests running under RunAll

	subs submissions
}

// New returns a Harness with options o.
func New(o Options) (*Harness, error) {
	if os.Getenv(EnvHarness) == "1" && testing.Testing() {
		return nil, errors.New(`this test binary was started as socklab by a lesson test, but its TestMain does not make it act as socklab: call testscript.Main(m, map[string]func(){"socklab": ...})`)
	}
	if o.Timeout <= 0 {
		o.Timeout = DefaultTimeout
	}
	if o.Spin <= 0 {
		o.Spin = o.Timeout / 2
	}
	if o.Socklab == "" {
		exe, err := os.Executable()
		if err != nil {
			return nil, fmt.Errorf("finding the socklab binary: %w", err)
		}
		o.Socklab = exe
	}
	bin, err := os.MkdirTemp("", "socklab-test-bin-")
	if err != nil {
		return nil, fmt.Errorf("creating the tests' bin folder: %w", err)
	}
	if err := os.Symlink(o.Socklab, filepath.Join(bin, "socklab")); err != nil {
		os.RemoveAll(bin)
		return nil, fmt.Errorf("putting socklab in the tests' bin folder: %w", err)
	}
	if python, ok := seedpython.Find(); ok {
		if err := seedpython.Install(bin, python); err != nil {
			os.RemoveAll(bin)
			return nil, err
		}
	}
	h := &Harness{opts: o, bin: bin, stopped: make(chan struct{})}
	if err := h.isolate(); err != nil {
		os.RemoveAll(bin)
		return nil, err
	}
	return h, nil
}

// Note says, in a line, why the tests do not each run in a network
// namespace of their own on a system where they could not; it is "" where
// they do, or where port mapping was asked for.
func (h *Harness) Note() string { return h.note }

// Close releases what the tests shared. Call it after the last test ends.
func (h *Harness) Close() error {
	if h.closed {
		return nil
	}
	h.closed = true
	return errors.Join(os.RemoveAll(h.bin), h.iso.close())
}

// Timeout is the time limit of each test.
func (h *Harness) Timeout() time.Duration { return h.opts.Timeout }

// Run runs one test and returns what happened.
func (h *Harness) Run(t Test) Result {
	start := time.Now()
	return h.run(t, start, start.Add(h.opts.Timeout))
}

// run runs one test, started at start, until deadline.
func (h *Harness) run(t Test, start, deadline time.Time) Result {
	switch {
	case h.stopping():
		return Result{Test: t, Status: Skipped, Reason: "the run was interrupted"}
	case h.opts.Starter && !t.Lesson.Starter:
		return Result{Test: t, Status: Skipped, Reason: "the lesson has no starter/ folder"}
	}
	sub, err := h.submission(t)
	if err != nil {
		return Result{Test: t, Status: Failed, Elapsed: time.Since(start), Output: err.Error() + "\n"}
	}
	if sub != nil {
		msg, err := missingNeeded(t, sub)
		if err == nil && msg != "" {
			return Result{Test: t, Status: Failed, Elapsed: time.Since(start), Output: msg + "\n"}
		}
	}
	var res Result
	if h.ns != nil {
		res = h.runApart(t, start, deadline)
	} else {
		res = h.runHere(t, sub, start, deadline)
	}
	if res.Status == Failed {
		res.Hint = hintFor(t, res.Output)
	}
	return res
}

// runHere runs one test against sub (nil: the lesson's own files) in
// this process's network namespace.
func (h *Harness) runHere(t Test, sub *submission, start, deadline time.Time) Result {
	wdir, err := h.wireDir()
	if err != nil {
		return Result{Test: t, Status: Failed, Elapsed: time.Since(start), Output: err.Error() + "\n"}
	}
	sdir, err := os.MkdirTemp("", "socklab-stall-")
	if err != nil {
		return Result{Test: t, Status: Failed, Elapsed: time.Since(start), Output: err.Error() + "\n"}
	}
	defer os.RemoveAll(sdir)
	r := &recorder{verbose: h.opts.Verbose}
	spin := watchSpin(sdir, t.Endless, h.opts.Spin, deadline)
	r.do(func() { testscript.RunT(r, h.params(t, sub, deadline, scriptDeadline(deadline), wdir, sdir)) })
	endless, spun := spin.end()
	status, log, reason := r.outcome()
	log = showInputs(log, t) + stalled(sdir) + spun
	if spun != "" {
		// A program was stopped for looping: whatever the others made of
		// its end, the test failed.
		status, reason = Failed, ""
	}
	switch {
	case status != Failed || spun == "" && time.Now().Before(deadline):
		endless = nil
	case spun == "":
		log += fmt.Sprintf("socklab: the test was stopped at its time limit of %v (--timeout)\n", h.opts.Timeout)
		for _, p := range endless {
			log += fmt.Sprintf("socklab: %s was computing, without pause, when the time ran out (a loop without end?)\n", p)
		}
	}
	return Result{Test: t, Status: status, Elapsed: time.Since(start), Output: log + h.wireReport(wdir, status), Reason: reason, Endless: endless}
}

// submission returns the student's work that t runs against, or nil.
func (h *Harness) submission(t Test) (*submission, error) {
	dir := t.Submission
	if dir == "" {
		dir = h.opts.Submission
	}
	if dir == "" {
		return nil, nil
	}
	return h.subs.get(t.Lesson.Dir, dir)
}

// params returns the testscript parameters that run t against sub (nil:
// the lesson's own files) until deadline, testscript's own deadline being
// sd (see scriptDeadline).
func (h *Harness) params(t Test, sub *submission, deadline, sd time.Time, wdir, sdir string) testscript.Params {
	return testscript.Params{
		Files: []string{t.File()},
		Setup: func(e *testscript.Env) error {
			h.wireEnv(e, wdir)
			watchStall(e, sdir)
			return h.setup(e, t, sub, deadline)
		},
		Condition:          h.wireCondition,
		Cmds:               map[string]func(*testscript.TestScript, bool, []string){"listening": cmdListening},
		RequireUniqueNames: true,
		Deadline:           sd,
	}
}

// scriptDeadline returns the deadline to give testscript so that it stops
// a test's programs at deadline. Testscript stops them two grace periods
// before its deadline, a grace period being a twentieth of the time left
// and at least 100ms.
func scriptDeadline(deadline time.Time) time.Time {
	left := time.Until(deadline)
	return time.Now().Add(max(left*10/9, left+200*time.Millisecond))
}

// setup completes a test's work folder, which already holds the files of
// the test's own archive, and sets its environment.
func (h *Harness) setup(e *testscript.Env, t Test, sub *submission, deadline time.Time) error {
	if err := copyLesson(t.Lesson.Dir, e.WorkDir, h.opts.Starter, sub); err != nil {
		return err
	}
	listenDir := filepath.Join(e.WorkDir, ".listen")
	if err := os.Mkdir(listenDir, 0o755); err != nil {
		return fmt.Errorf("creating the listen folder: %w", err)
	}
	seedPath := filepath.Join(e.WorkDir, ".socklab", "seed.py")
	if err := os.MkdirAll(filepath.Dir(seedPath), 0o755); err != nil {
		return fmt.Errorf("creating the seed runner's folder: %w", err)
	}
	if err := os.WriteFile(seedPath, seedPy, 0o644); err != nil {
		return fmt.Errorf("writing the seed runner: %w", err)
	}
	if err := h.iso.isolate(e); err != nil {
		return err
	}
	e.Setenv(netgate.EnvListenDir, listenDir)
	e.Setenv(scratch.EnvWork, e.WorkDir)
	e.Setenv(pace.EnvPace, "1")
	e.Setenv("SEEDPY", seedPath)
	e.Setenv("PATH", h.bin+string(os.PathListSeparator)+e.Getenv("PATH"))
	e.Setenv(EnvHarness, "1")
	for _, kv := range h.opts.Env {
		if k, v, ok := strings.Cut(kv, "="); ok {
			e.Setenv(k, v)
		}
	}
	e.Values[deadlineKey{}] = deadline
	e.Values[stoppedKey{}] = (<-chan struct{})(h.stopped)
	return nil
}

// deadlineKey keys the test's deadline in testscript's Env.Values, and
// stoppedKey the channel that Stop closes, so that commands which wait
// (listening) give up in time.
type (
	deadlineKey struct{}
	stoppedKey  struct{}
)
