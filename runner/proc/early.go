package proc

import (
	"errors"
	"io"
	"os"
	"os/exec"
	"sync"
	"syscall"
	"time"

	"github.com/socklab/socklab/runner/prestart"
)

// startEarly hands what cmd describes to the script process that package
// prestart started while socklab was starting, when there is one and it
// fits, and reports whether it did; cmd itself is then not started. It
// gives that process the descriptors that cmd.Start would (pipes, copied
// by goroutines, for what is not a file), and returns how to wait for it
// as cmd.Wait would.
func startEarly(cmd *exec.Cmd, exe string, ownGroup bool) (*prestart.Process, func() (ending, error), bool) {
	pre := prestart.Take()
	if pre == nil {
		return nil, nil, false
	}
	env := cmd.Environ()
	if ownGroup || !pre.Fits(exe, env) || 3+len(cmd.ExtraFiles) > prestart.MaxFiles {
		pre.Dismiss()
		return nil, nil, false
	}
	a := &adopted{delay: cmd.WaitDelay, process: pre, said: make(chan said, 1)}
	files, err := a.stdio(cmd)
	if err != nil {
		a.closeParent()
		pre.Dismiss()
		return nil, nil, false
	}
	err = pre.Adopt(cmd.Args, env, append(files, cmd.ExtraFiles...), cmd.Dir)
	for _, f := range a.childEnds {
		f.Close()
	}
	if err != nil {
		a.closeParent()
		return nil, nil, false
	}
	for _, copy := range a.copies {
		go copy()
	}
	go func() {
		code, ok := pre.Ended()
		a.said <- said{code, ok}
	}()
	return a.process, a.wait, true
}

// said is what a process says about its end (see prestart.Ended).
type said struct {
	code int
	ok   bool // it said a status
}

// adopted is a script process started early, with the pipes and copies
// that os/exec would have made for its standard input, output and error.
type adopted struct {
	process   *prestart.Process
	delay     time.Duration
	childEnds []*os.File  // the process's ends of the pipes
	parent    []io.Closer // ours, closed when the copies outlast delay
	copies    []func()    // started once the process holds its ends
	running   sync.WaitGroup
	said      chan said // what prestart.Ended returns, once
	mu        sync.Mutex
	copyErr   error
}

// stdio returns the process's descriptors 0, 1 and 2 for cmd's Stdin,
// Stdout and Stderr, as os/exec makes them: a file as it is, nothing as
// the null device, anything else through a pipe.
func (a *adopted) stdio(cmd *exec.Cmd) ([]*os.File, error) {
	in, err := a.input(cmd.Stdin)
	if err != nil {
		return nil, err
	}
	out, err := a.output(cmd.Stdout)
	if err != nil {
		return nil, err
	}
	errOut := out
	if !sameWriter(cmd.Stdout, cmd.Stderr) {
		if errOut, err = a.output(cmd.Stderr); err != nil {
			return nil, err
		}
	}
	return []*os.File{in, out, errOut}, nil
}

func (a *adopted) input(r io.Reader) (*os.File, error) {
	if f, ok := r.(*os.File); ok {
		return f, nil
	}
	if r == nil {
		f, err := os.Open(os.DevNull)
		if err != nil {
			return nil, err
		}
		a.childEnds = append(a.childEnds, f)
		return f, nil
	}
	pr, pw, err := os.Pipe()
	if err != nil {
		return nil, err
	}
	a.childEnds = append(a.childEnds, pr)
	a.parent = append(a.parent, pw)
	a.running.Add(1)
	a.copies = append(a.copies, func() {
		defer a.running.Done()
		_, err := io.Copy(pw, r)
		// As os/exec: the process not reading all of its input is no
		// error.
		if errors.Is(err, syscall.EPIPE) || errors.Is(err, os.ErrClosed) {
			err = nil
		}
		if cerr := pw.Close(); err == nil && !errors.Is(cerr, os.ErrClosed) {
			err = cerr
		}
		a.failed(err)
	})
	return pr, nil
}

func (a *adopted) output(w io.Writer) (*os.File, error) {
	if f, ok := w.(*os.File); ok {
		return f, nil
	}
	if w == nil {
		f, err := os.OpenFile(os.DevNull, os.O_WRONLY, 0)
		if err != nil {
			return nil, err
		}
		a.childEnds = append(a.childEnds, f)
		return f, nil
	}
	pr, pw, err := os.Pipe()
	if err != nil {
		return nil, err
	}
	a.childEnds = append(a.childEnds, pw)
	a.parent = append(a.parent, pr)
	a.running.Add(1)
	a.copies = append(a.copies, func() {
		defer a.running.Done()
		_, err := io.Copy(w, pr)
		pr.Close()
		if errors.Is(err, os.ErrClosed) {
			err = nil // closed by wait, after delay
		}
		a.failed(err)
	})
	return pw, nil
}

func (a *adopted) failed(err error) {
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.copyErr == nil {
		a.copyErr = err
	}
}

func (a *adopted) closeParent() {
	for _, c := range a.childEnds {
		c.Close()
	}
	for _, c := range a.parent {
		c.Close()
	}
}

// wait waits for the process to end, or to say the status it ends with,
// and then for the copies of its output, as exec.Cmd.Wait does: copies
// still running delay after the end are cut (exec.ErrWaitDelay, when the
// process itself succeeded).
//
// A process that says its status closes every descriptor it has and
// exits; waiting for the kernel to take it down would only delay the
// supervisor's own end. It is killed, so that it ends whatever it said,
// and reaped in the background.
func (a *adopted) wait() (ending, error) {
	var state syscall.WaitStatus
	exited := make(chan error, 1)
	go func() {
		var err error
		state, err = a.process.Wait()
		exited <- err
	}()
	// Ended returns once the process has closed the control socket: when
	// it says its status and closes every descriptor, or when it dies.
	// Once said, the status is the script's, whatever ends the process
	// after (its runtime, left without descriptors, may fail on the way
	// out).
	var end ending
	s := <-a.said
	if s.ok {
		end = ending{code: s.code}
	} else {
		if err := <-exited; err != nil {
			return ending{}, err
		}
		end = endingOfStatus(state)
	}
	// With no copies (every descriptor of the process a file of its
	// own), there is nothing to wait for.
	copying := len(a.copies) > 0
	copied := make(chan struct{})
	if copying {
		go func() {
			a.running.Wait()
			close(copied)
		}()
	}
	if s.ok && copying {
		// The process closes its descriptors just after it says its
		// status (prestart.Finish), which ends the copies, and hands its
		// address space to a keeper to take down. Killed at once, it
		// would often still hold them: the kernel closes a killed
		// process's descriptors only after it has taken down its address
		// space, and the copies would end that much later (0.36 ms of a
		// hello program's run). So it is killed once they have ended, or
		// once it has had time enough to close them.
		t := time.NewTimer(saidGrace)
		select {
		case <-copied:
		case <-t.C:
		}
		t.Stop()
	}
	if s.ok {
		a.process.Kill()
	}
	var late error
	if copying {
		late = a.awaitCopies(copied)
	}
	if end.failed() {
		return end, nil // as exec: the status, not the copies' errors
	}
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.copyErr != nil {
		return end, a.copyErr
	}
	return end, late
}

// sameWriter reports whether os/exec would give standard output and
// error one descriptor: the same writer, comparable.
func sameWriter(a, b io.Writer) (same bool) {
	defer func() {
		if recover() != nil {
			same = false
		}
	}()
	return a != nil && a == b
}

// awaitCopies waits for the copies to end (copied closed), cutting them
// once they have outlasted the process by a.delay, as exec.Cmd.Wait
// does: exec.ErrWaitDelay then.
func (a *adopted) awaitCopies(copied <-chan struct{}) error {
	if a.delay <= 0 {
		<-copied
		return nil
	}
	t := time.NewTimer(a.delay)
	defer t.Stop()
	select {
	case <-copied:
		return nil
	case <-t.C:
		for _, c := range a.parent {
			c.Close()
		}
		<-copied
		return exec.ErrWaitDelay
	}
}

// saidGrace is how long a process that said its status has to close its
// descriptors before it is killed: far longer than prestart.Finish takes.
const saidGrace = 100 * time.Millisecond
