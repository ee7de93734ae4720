package lessontest

import (
	"bytes"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"time"

	"github.com/socklab/socklab/runner/netns"
)

// Each test runs in a network namespace of its own where the system
// allows it (Linux, as root or with unprivileged user namespaces): the
// harness starts socklab again for the test, as the test's process, in a
// new namespace (package netns), and that process runs the test there, as
// the harness would here, every program of the test being its child and
// so in the namespace too. No program of the test can reach a port of the
// machine outside it, nor another test's. The test's process reports what
// it saw on a pipe of its own that no program of the test inherits; that
// report, which must carry a secret the harness gave the process and
// nothing else, is all the harness takes from it.

// EnvNamespace set to "off" runs tests without network namespaces of
// their own, as Options.NoNamespace does; set to "user", it makes each
// test's namespace through a user namespace even for root, as for every
// other user.
const EnvNamespace = "SOCKLAB_TEST_NETNS"

// EnvTestProcess set to "1" makes socklab the process of one test (see
// TestProcessMain); the harness sets it.
const EnvTestProcess = "SOCKLAB_TEST_PROCESS"

// apartGrace is how long after a test's deadline its process may take to
// end and report before the harness kills it and everything it started.
const apartGrace = 5 * time.Second

// maxReport bounds what the harness reads of a test process's report and
// error output.
const maxReport = 64 << 20

// namespaces runs each test of a harness in a network namespace of its own.
type namespaces struct {
	userns bool // through a user namespace, even for root
}

// A request is what the harness asks a test's process to do.
type request struct {
	Nonce      string
	Probe      bool // only bring the namespace's loopback up and report
	Options    Options
	Bin        string
	Lesson     Lesson
	Test       string
	Submission string
	Endless    []string
	Deadline   time.Time
}

// A report is what a test's process saw.
type report struct {
	Nonce   string
	Status  Status
	Output  string
	Reason  string
	Endless []string
}

// newNamespaces returns the namespaces of h's tests, or why there can be
// none: it starts a test process that only brings its loopback up.
func newNamespaces(h *Harness) (*namespaces, error) {
	ns := &namespaces{}
	switch os.Getenv(EnvNamespace) {
	case "off":
		return nil, fmt.Errorf("%s=off", EnvNamespace)
	case "user":
		ns.userns = true
	}
	if _, err := netns.SysProcAttr(ns.userns); err != nil {
		return nil, err
	}
	h.ns = ns
	defer func() { h.ns = nil }()
	rep, err := h.apart(request{Probe: true}, time.Now().Add(30*time.Second))
	if err != nil {
		return nil, err
	}
	if rep.Status != Passed {
		return nil, errors.New(rep.Output)
	}
	return ns, nil
}

// runApart runs test t, started at start, in a process of its own in a
// network namespace of its own, until deadline.
func (h *Harness) runApart(t Test, start, deadline time.Time) Result {
	rep, err := h.apart(request{
		Options:    h.opts,
		Bin:        h.bin,
		Lesson:     *t.Lesson,
		Test:       t.Name,
		Submission: t.Submission,
		Endless:    t.Endless,
		Deadline:   deadline,
	}, deadline.Add(apartGrace))
	res := Result{Test: t, Elapsed: time.Since(start)}
	switch {
	case h.stopping():
		res.Status, res.Reason = Skipped, "the run was interrupted"
	case err != nil:
		res.Status, res.Output = Failed, fmt.Sprintf("socklab: %v\n", err)
	default:
		res.Status, res.Output, res.Reason, res.Endless = rep.Status, rep.Output, rep.Reason, rep.Endless
	}
	return res
}

// apart starts a test's process in a new network namespace with req and
// returns its report. At giveUp it kills the process and every process
// below it.
func (h *Harness) apart(req request, giveUp time.Time) (report, error) {
	attr, err := netns.SysProcAttr(h.ns.userns)
	if err != nil {
		return report{}, err
	}
	nonce := make([]byte, 16)
	rand.Read(nonce)
	req.Nonce = hex.EncodeToString(nonce)
	in, err := json.Marshal(req)
	if err != nil {
		return report{}, err
	}
	r, w, err := os.Pipe()
	if err != nil {
		return report{}, err
	}
	defer r.Close()
	cmd := exec.Command(filepath.Join(h.bin, "socklab"))
	cmd.Env = append(os.Environ(), EnvTestProcess+"=1")
	cmd.Stdin = bytes.NewReader(in)
	var errOut limited
	cmd.Stdout, cmd.Stderr = &errOut, &errOut
	cmd.ExtraFiles = []*os.File{w}
	cmd.SysProcAttr = attr
	cmd.WaitDelay = time.Second
	err = cmd.Start()
	w.Close()
	if err != nil {
		return report{}, fmt.Errorf("starting the test in a network namespace of its own: %w", err)
	}
	got := make(chan []byte, 1)
	go func() {
		data, _ := io.ReadAll(io.LimitReader(r, maxReport))
		got <- data
	}()
	kill := time.AfterFunc(time.Until(giveUp), func() { killTree(cmd.Process.Pid) })
	werr := cmd.Wait()
	kill.Stop()
	r.SetReadDeadline(time.Now().Add(time.Second))
	rep, err := readReport(<-got, req.Nonce)
	if err != nil {
		if werr != nil {
			err = fmt.Errorf("%w (%v)", err, werr)
		}
		if s := bytes.TrimSpace(errOut.Bytes()); len(s) > 0 {
			err = fmt.Errorf("%w:\n%s", err, s)
		}
		return report{}, err
	}
	return rep, nil
}

// readReport reads the report in data, which must be the one report of a
// test process given nonce, and nothing else.
func readReport(data []byte, nonce string) (report, error) {
	if len(data) == 0 {
		return report{}, errors.New("the test's process ended without a report")
	}
	d := json.NewDecoder(bytes.NewReader(data))
	var rep report
	if err := d.Decode(&rep); err != nil || rep.Nonce != nonce || d.More() {
		return report{}, errors.New("the test's process sent a report that is not its own")
	}
	switch rep.Status {
	case Passed, Failed, Skipped:
		return rep, nil
	}
	return report{}, fmt.Errorf("the test's process reported %q", rep.Status)
}

// limited is a buffer that keeps the first maxReport bytes written to it.
type limited struct{ bytes.Buffer }

func (l *limited) Write(p []byte) (int, error) {
	if room := maxReport - l.Len(); room < len(p) {
		l.Buffer.Write(p[:max(room, 0)])
		return len(p), nil
	}
	return l.Buffer.Write(p)
}
