package lessontest

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"
)

// A program that loops for ever meets its test's time limit. When grading,
// a student's program that was found computing without pause when the time
// ran out, in one test, is held to a shorter leash in the student's later
// tests (Test.Endless): once it computes without pause for spinLeash while
// that test runs, it is stopped and the test fails, saying why, instead of
// waiting out the time limit again. A program that waits, talks or ends is
// never stopped so, and no test fails before it ran.
//
// "Computing without pause" is what the kernel says of the program's
// process: one of its threads running, or ready to run, at every look, a
// tenth of a second apart. A program waiting for input, a peer, a timer or
// a lock is asleep at those looks.

// spinPoll is how often the harness looks at a test's programs, and
// spinLeash how long a program already found endless may compute without
// pause in a later test.
const (
	spinPoll  = 100 * time.Millisecond
	spinLeash = time.Second
)

// spinWatch watches the programs of one test, named in its stall folder
// (see package stall: a file prog-PID holding the program's name).
type spinWatch struct {
	sdir     string
	leashed  []string // programs held to the leash
	deadline time.Time

	mu       sync.Mutex
	endless  []string // programs computing without pause when the time ran out
	stopped  string   // why a leashed program was stopped
	stop     chan struct{}
	finished chan struct{}
}

// watchSpin starts watching the programs of a test whose stall folder is
// sdir until the test's deadline or until end is called.
func watchSpin(sdir string, leashed []string, deadline time.Time) *spinWatch {
	w := &spinWatch{sdir: sdir, leashed: leashed, deadline: deadline, stop: make(chan struct{}), finished: make(chan struct{})}
	go w.run()
	return w
}

// end stops watching and returns the programs found computing without
// pause as the time ran out, and the message of a leashed program stopped.
func (w *spinWatch) end() (endless []string, stopped string) {
	close(w.stop)
	<-w.finished
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.endless, w.stopped
}

func (w *spinWatch) run() {
	defer close(w.finished)
	if len(w.leashed) == 0 {
		// Only the end matters: look from a while before it.
		select {
		case <-w.stop:
			return
		case <-time.After(time.Until(w.deadline.Add(-3 * spinLeash))):
		}
	}
	tick := time.NewTicker(spinPoll)
	defer tick.Stop()
	since := map[int]time.Time{} // when each program was first found computing, of the looks in a row
	for {
		select {
		case <-w.stop:
			return
		case <-tick.C:
		}
		now := time.Now()
		progs := programs(w.sdir)
		for pid := range since {
			if _, ok := progs[pid]; !ok {
				delete(since, pid)
			}
		}
		for pid := range progs {
			if !computing(pid) {
				delete(since, pid)
			} else if _, ok := since[pid]; !ok {
				since[pid] = now
			}
		}
		if !now.Before(w.deadline) {
			return // testscript stops the programs at the deadline
		}
		if now.Add(spinLeash).After(w.deadline) {
			// The time runs out: name the programs that compute, and have
			// for a while, as of the last look before the deadline (on a
			// busy machine a look may come late).
			var endless []string
			for pid, t := range since {
				if now.Sub(t) >= spinLeash && !slices.Contains(endless, progs[pid]) {
					endless = append(endless, progs[pid])
				}
			}
			slices.Sort(endless)
			w.mu.Lock()
			w.endless = endless
			w.mu.Unlock()
		}
		for pid, t := range since {
			if now.Sub(t) < spinLeash || !slices.Contains(w.leashed, progs[pid]) {
				continue
			}
			w.mu.Lock()
			w.stopped = fmt.Sprintf("socklab: %s computed for %v without pause, as it did until the time limit in an earlier test, and was stopped (a loop without end?)\n", progs[pid], spinLeash)
			w.mu.Unlock()
			for p := range progs {
				syscall.Kill(p, syscall.SIGKILL)
			}
			return
		}
	}
}

// programs returns the running programs of a test, by process id, as
// they record themselves in its stall folder.
func programs(sdir string) map[int]string {
	entries, _ := os.ReadDir(sdir)
	progs := map[int]string{}
	for _, e := range entries {
		rest, ok := strings.CutPrefix(e.Name(), "prog-")
		if !ok {
			continue
		}
		pid, err := strconv.Atoi(rest)
		if err != nil {
			continue
		}
		data, err := os.ReadFile(filepath.Join(sdir, e.Name()))
		if err == nil {
			progs[pid] = strings.TrimSpace(string(data))
		}
	}
	return progs
}

// computing reports whether a thread of process pid is running or ready
// to run.
func computing(pid int) bool {
	tasks, err := os.ReadDir(fmt.Sprintf("/proc/%d/task", pid))
	if err != nil {
		return false
	}
	for _, t := range tasks {
		data, err := os.ReadFile(fmt.Sprintf("/proc/%d/task/%s/stat", pid, t.Name()))
		if err != nil {
			continue
		}
		s := string(data)
		if i := strings.LastIndexByte(s, ')'); i >= 0 && len(s) > i+2 && s[i+2] == 'R' {
			return true
		}
	}
	return false
}
