package lessontest

import (
	"encoding/json"
	"fmt"
	"net"
	"os"
	"syscall"
	"time"

	"github.com/socklab/socklab/runner/netns"
)

// TestProcessMain runs one test as the harness asked, when socklab was
// started as a test's process in a network namespace of its own (see
// namespace.go), and returns the exit status. The socklab command calls
// it when EnvTestProcess is set.
func TestProcessMain() int {
	// The report goes on descriptor 3, which no program of the test may
	// inherit, nor open through /proc (see undumpable).
	syscall.CloseOnExec(3)
	out := os.NewFile(3, "report")
	os.Unsetenv(EnvTestProcess)
	undumpable()
	memoryTemp()
	var req request
	if err := json.NewDecoder(os.Stdin).Decode(&req); err != nil {
		fmt.Fprintf(os.Stderr, "socklab: reading what the test's process is to do: %v\n", err)
		return 1
	}
	rep := testProcess(req)
	rep.Nonce = req.Nonce
	if err := json.NewEncoder(out).Encode(rep); err != nil {
		fmt.Fprintf(os.Stderr, "socklab: reporting the test: %v\n", err)
		return 1
	}
	return 0
}

// testProcess does what req asks in this process's namespace.
func testProcess(req request) report {
	if err := netns.LoopbackUp(); err != nil {
		return report{Status: Failed, Output: err.Error()}
	}
	netns.DropCapabilities() // best effort: see its doc
	if req.Probe {
		if err := loopbackWorks(); err != nil {
			return report{Status: Failed, Output: err.Error()}
		}
		return report{Status: Passed}
	}
	h := &Harness{opts: req.Options, bin: req.Bin, iso: sameAddress{}, stopped: make(chan struct{})}
	t := Test{Lesson: &req.Lesson, Name: req.Test, Submission: req.Submission, Endless: req.Endless}
	sub, err := h.submission(t)
	if err != nil {
		return report{Status: Failed, Output: err.Error() + "\n"}
	}
	res := h.runHere(t, sub, time.Now(), req.Deadline)
	return report{Status: res.Status, Output: res.Output, Reason: res.Reason, Endless: res.Endless}
}

// loopbackWorks checks that a program can listen on 127.0.0.1 and be
// reached there.
func loopbackWorks() error {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return fmt.Errorf("listening on the namespace's loopback: %w", err)
	}
	defer ln.Close()
	c, err := net.DialTimeout("tcp", ln.Addr().String(), 5*time.Second)
	if err != nil {
		return fmt.Errorf("connecting on the namespace's loopback: %w", err)
	}
	return c.Close()
}
