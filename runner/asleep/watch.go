package asleep

import (
	"fmt"
	"os"
	"os/exec"
	"strconv"
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
// threads and asks the process (Serve) when they all sleep. Questions and
// answers go through two pipes, not a socket, so that a script that looks
// for the supervisor's sockets among its descriptors finds only theirs.
type Watcher struct {
	ask, answer *os.File // this process's ends
	child       [2]*os.File
	questionFD  int // the child's descriptor number for its end of the questions
}

// Attach prepares cmd, before it starts, to be watched: it hands the
// script process its ends of the pipes and names them in the environment.
// It returns nil when this binary needs no watch (Enabled).
func Attach(cmd *exec.Cmd) (*Watcher, error) {
	if !Enabled {
		return nil, nil
	}
	qr, qw, err := os.Pipe()
	if err != nil {
		return nil, fmt.Errorf("creating the deadlock watch's pipes: %w", err)
	}
	ar, aw, err := os.Pipe()
	if err != nil {
		qr.Close()
		qw.Close()
		return nil, fmt.Errorf("creating the deadlock watch's pipes: %w", err)
	}
	w := &Watcher{ask: qw, answer: ar, child: [2]*os.File{qr, aw}, questionFD: 3 + len(cmd.ExtraFiles)}
	cmd.ExtraFiles = append(cmd.ExtraFiles, qr, aw)
	cmd.Env = append(cmd.Env, EnvFD+"="+strconv.Itoa(w.questionFD))
	return w, nil
}

// Started closes this process's copies of the child's ends, once the child
// holds them (or failed to start).
func (w *Watcher) Started() {
	w.child[0].Close()
	w.child[1].Close()
}

// Close drops the watch of a process that did not start.
func (w *Watcher) Close() {
	w.Started()
	w.ask.Close()
	w.answer.Close()
}

// Watch watches process pid until done is closed or the process ends.
// When all its threads slept through two looks in a row, and did not
// since its last answer, it asks the process, which ends itself with Go's
// report if its goroutines are all asleep.
func (w *Watcher) Watch(pid int, done <-chan struct{}) {
	defer w.ask.Close()
	defer w.answer.Close()
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
		s, ok, err := r.quiet(w.questionFD, &first)
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
			if !w.question() {
				return
			}
			needAnswered = true
		}
		timer.Reset(wait)
	}
}

// question asks the process and waits for its answer; false when it
// ended.
func (w *Watcher) question() bool {
	if _, err := w.ask.Write([]byte{question}); err != nil {
		return false
	}
	var a [1]byte
	n, err := w.answer.Read(a[:])
	return err == nil && n == 1 && a[0] == awake
}
