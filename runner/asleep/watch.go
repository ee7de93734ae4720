package asleep

import (
	"fmt"
	"os"
	"os/exec"
	"strconv"
	"syscall"
	"time"
)

// interval is how often a Watcher looks at its process's threads when
// they have just slept: a deadlock is reported two looks after the first
// that finds them asleep. A process found awake (waiting on the network or
// a timer, or running) is looked at less and less often, down to once
// every maxAwake; one that sleeps unchanged since its last answer (waiting
// for a signal), down to once every maxAnswered.
const (
	interval    = 100 * time.Millisecond
	maxAwake    = 400 * time.Millisecond
	maxAnswered = 1600 * time.Millisecond
)

// A Watcher is the supervisor's side: it watches one script process's
// threads and asks the process (Serve) when they all sleep.
type Watcher struct {
	own, child *os.File
	childFD    int // the child's descriptor number for its end
}

// Attach prepares cmd, before it starts, to be watched: it hands the
// script process its end of a socket pair and names it in the
// environment. It returns nil when this binary needs no watch (Enabled).
func Attach(cmd *exec.Cmd) (*Watcher, error) {
	if !Enabled {
		return nil, nil
	}
	fds, err := syscall.Socketpair(syscall.AF_UNIX, syscall.SOCK_STREAM|syscall.SOCK_CLOEXEC, 0)
	if err != nil {
		return nil, fmt.Errorf("creating the deadlock watch's socket: %w", err)
	}
	w := &Watcher{
		own:     os.NewFile(uintptr(fds[0]), "deadlock"),
		child:   os.NewFile(uintptr(fds[1]), "deadlock"),
		childFD: 3 + len(cmd.ExtraFiles),
	}
	cmd.ExtraFiles = append(cmd.ExtraFiles, w.child)
	cmd.Env = append(cmd.Env, EnvFD+"="+strconv.Itoa(w.childFD))
	return w, nil
}

// Started closes this process's copy of the child's end, once the child
// holds it (or failed to start).
func (w *Watcher) Started() { w.child.Close() }

// Close drops the watch of a process that did not start.
func (w *Watcher) Close() {
	w.child.Close()
	w.own.Close()
}

// Watch watches process pid until done is closed or the process ends.
// When all its threads slept through two looks in a row, and did not
// since its last answer, it asks the process, which ends itself with Go's
// report if its goroutines are all asleep.
func (w *Watcher) Watch(pid int, done <-chan struct{}) {
	defer w.own.Close()
	r := &procReader{pid: pid}
	wait := interval
	timer := time.NewTimer(wait)
	defer timer.Stop()
	var prev, answered snapshot
	first := 0
	needAnswered := false
	for {
		select {
		case <-done:
			return
		case <-timer.C:
		}
		s, ok, err := r.quiet(w.childFD, &first)
		if err != nil {
			return // not allowed to read its threads: no watch
		}
		last := wait
		wait = interval
		switch {
		case !ok:
			prev = snapshot{}
			wait = min(2*last, maxAwake)
		case needAnswered:
			// The first quiet look after an answer: the process as
			// the question left it.
			answered, prev, needAnswered = s, s, false
		case s.equal(answered):
			wait = min(2*last, maxAnswered)
		case !s.equal(prev):
			prev = s // asleep through one look: wait for a second
		default:
			if !w.ask() {
				return
			}
			needAnswered = true
		}
		timer.Reset(wait)
	}
}

// ask asks the process and waits for its answer; false when it ended.
func (w *Watcher) ask() bool {
	if _, err := w.own.Write([]byte{question}); err != nil {
		return false
	}
	var a [1]byte
	n, err := w.own.Read(a[:])
	return err == nil && n == 1 && a[0] == awake
}
