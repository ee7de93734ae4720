package lessontest

import (
	"fmt"
	"runtime"
	"strings"
	"sync"

	"github.com/rogpeppe/go-internal/testscript"
)

// recorder is a testscript.T that keeps what happens to a test (failure,
// skip, transcript) instead of reporting it to package testing, so that
// transcript tests run outside go test. Like *testing.T, FailNow and Skip
// end the calling goroutine; every function given to Run therefore runs on
// a goroutine of its own.
type recorder struct {
	verbose bool

	mu      sync.Mutex
	failed  bool
	skipped bool
	reason  string // why the test was skipped
	log     strings.Builder
}

var _ testscript.T = (*recorder)(nil)

func (r *recorder) Skip(args ...any) {
	r.mu.Lock()
	r.skipped = true
	r.reason = strings.TrimSpace(fmt.Sprintln(args...))
	r.mu.Unlock()
	runtime.Goexit()
}

func (r *recorder) Fatal(args ...any) {
	r.Log(args...)
	r.FailNow()
}

func (r *recorder) FailNow() {
	r.fail()
	runtime.Goexit()
}

func (r *recorder) fail() {
	r.mu.Lock()
	r.failed = true
	r.mu.Unlock()
}

func (r *recorder) Log(args ...any) {
	r.logf("%s", strings.TrimSuffix(fmt.Sprintln(args...), "\n"))
}

func (r *recorder) logf(format string, args ...any) {
	r.mu.Lock()
	defer r.mu.Unlock()
	s := fmt.Sprintf(format, args...)
	r.log.WriteString(s)
	if !strings.HasSuffix(s, "\n") {
		r.log.WriteByte('\n')
	}
}

// Parallel does nothing: the harness runs each test on a goroutine of its
// own already and decides itself how many run at once.
func (r *recorder) Parallel() {}

func (r *recorder) Run(name string, f func(testscript.T)) { r.do(func() { f(r) }) }

func (r *recorder) Verbose() bool { return r.verbose }

// do runs f on a goroutine of its own and waits for it to end, normally or
// through runtime.Goexit. A panic in f is recorded as a failure rather than
// ending the whole program.
func (r *recorder) do(f func()) {
	done := make(chan struct{})
	go func() {
		defer close(done)
		defer func() {
			if e := recover(); e != nil {
				r.logf("socklab: internal error while running the test: %v", e)
				r.fail()
			}
		}()
		f()
	}()
	<-done
}

// outcome returns what happened to the test, once every goroutine given to
// do has ended.
func (r *recorder) outcome() (status Status, log, reason string) {
	r.mu.Lock()
	defer r.mu.Unlock()
	switch {
	case r.failed:
		status = Failed
	case r.skipped:
		status = Skipped
	default:
		status = Passed
	}
	return status, r.log.String(), r.reason
}
