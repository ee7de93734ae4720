package lessontest

import (
	"testing"
	"time"

	"github.com/rogpeppe/go-internal/testscript"
)

// TestAll runs the tests of every lesson at or below root as parallel
// subtests of t, named lesson/test. The test binary must act as socklab:
// its TestMain calls
//
//	testscript.Main(m, map[string]func(){"socklab": func() { os.Exit(runner.Main(os.Args[1:])) }})
func TestAll(t *testing.T, root string, o Options) {
	t.Helper()
	lessons, err := Find(root)
	if err != nil {
		t.Fatal(err)
	}
	if len(lessons) == 0 {
		t.Fatalf("no lessons with tests in %s", root)
	}
	h, err := New(o)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { h.Close() })
	for _, test := range Tests(lessons) {
		t.Run(test.FullName(), func(t *testing.T) {
			t.Parallel()
			h.RunTesting(t, test)
		})
	}
}

// RunTesting runs one test under go test: a failure or skip of the test is
// one of t.
func (h *Harness) RunTesting(t *testing.T, test Test) {
	if h.opts.Starter && !test.Lesson.Starter {
		t.Skip("the lesson has no starter/ folder")
	}
	deadline := time.Now().Add(h.opts.Timeout)
	sd := scriptDeadline(deadline)
	if d, ok := t.Deadline(); ok && d.Before(sd) {
		// go test's own -timeout comes first: end before it does.
		sd = d
		deadline = d
	}
	if h.ns != nil {
		h.reportTesting(t, h.run(test, time.Now(), deadline))
		return
	}
	sub, err := h.submission(test)
	if err != nil {
		t.Fatal(err)
	}
	if sub != nil {
		if msg, err := missingNeeded(test, sub); err == nil && msg != "" {
			t.Fatal(msg)
		}
	}
	wdir, err := h.wireDir()
	if err != nil {
		t.Fatal(err)
	}
	defer func() {
		status := Passed
		if t.Failed() {
			status = Failed
		}
		if s := h.wireReport(wdir, status); s != "" {
			t.Log("\n" + s)
		}
	}()
	sdir := t.TempDir()
	defer func() {
		if msg := stalled(sdir); msg != "" {
			t.Log("\n" + msg)
		}
	}()
	testscript.RunT(testingT{t}, h.params(test, sub, deadline, sd, wdir, sdir))
}

// reportTesting reports res, the result of a test run in a process of its
// own, as the outcome of t.
func (h *Harness) reportTesting(t *testing.T, res Result) {
	if res.Output != "" && (res.Status != Passed || testing.Verbose()) {
		t.Log("\n" + res.Output)
	}
	switch res.Status {
	case Failed:
		t.FailNow()
	case Skipped:
		t.Skip(res.Reason)
	}
}

// testingT is a testscript.T that reports to a *testing.T. The subtest that
// testscript.RunT asks for is t itself, since t is already named after the
// test and runs in parallel with the others.
type testingT struct{ *testing.T }

func (t testingT) Run(_ string, f func(testscript.T)) { f(t) }

// Parallel does nothing: t runs in parallel already.
func (t testingT) Parallel() {}

func (t testingT) Verbose() bool { return testing.Verbose() }
