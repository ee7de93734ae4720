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

	"github.com/socklab/socklab/runner/stall/watch"
)

// A program that loops for ever is stopped before its test's time limit
// when nothing else can happen: once it has computed without pause for
// half the time limit (Options.Spin), of its own CPU time, while every
// other program of the test waits on it (to receive, with nothing on its way, as package
// stall/watch sees a stalled test), the test fails, saying why. A program
// that needs so much CPU at once passes the time limit only on a machine
// that gives it more than half a core for the whole test: on a loaded one
// its CPU time grows more slowly than the clock, and the time limit comes
// first, as it did before.
//
// When grading, a student's program found so, or computing without pause
// when the time ran out, in one test, is held to a shorter leash in the
// student's later tests (Test.Endless): once it computes without pause
// for spinLeash while that test runs, it is stopped and the test fails,
// saying why, instead of waiting out the time limit again. A program that
// waits, talks or ends is never stopped so, and no test fails before it
// ran.
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

// clockTick is the unit of a process's CPU time in /proc/PID/stat
// (USER_HZ, 100 on every Linux port that runs Go).
const clockTick = 10 * time.Millisecond

// spinWatch watches the programs of one test, named in its stall folder
// (see package stall: a file prog-PID holding the program's name).
type spinWatch struct {
	sdir     string
	leashed  []string      // programs held to the leash
	spin     time.Duration // the CPU time a program may compute while the others wait
	deadline time.Time

	mu       sync.Mutex
	endless  []string // programs found looping
	stopped  string   // why a program was stopped
	stop     chan struct{}
	finished chan struct{}
}

// watchSpin starts watching the programs of a test whose stall folder is
// sdir until the test's deadline or until end is called; spin is
// Options.Spin.
func watchSpin(sdir string, leashed []string, spin time.Duration, deadline time.Time) *spinWatch {
	w := &spinWatch{sdir: sdir, leashed: leashed, spin: spin, deadline: deadline, stop: make(chan struct{}), finished: make(chan struct{})}
	go w.run()
	return w
}

// end stops watching and returns the programs found looping (computing
// without pause as the time ran out, or for half the time limit while the
// others waited on them), and the message of a program the watch stopped.
func (w *spinWatch) end() (endless []string, stopped string) {
	close(w.stop)
	<-w.finished
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.endless, w.stopped
}

// streak is a run of looks that found a program computing.
type streak struct {
	since time.Time     // the first look of the run
	cpu   time.Duration // the program's CPU time then
}

func (w *spinWatch) run() {
	defer close(w.finished)
	tick := time.NewTicker(spinPoll)
	defer tick.Stop()
	streaks := map[int]streak{}
	for {
		select {
		case <-w.stop:
			return
		case <-tick.C:
		}
		now := time.Now()
		progs := programs(w.sdir)
		for pid := range streaks {
			if _, ok := progs[pid]; !ok {
				delete(streaks, pid)
			}
		}
		for pid := range progs {
			if !watch.Running(pid) {
				delete(streaks, pid)
			} else if _, ok := streaks[pid]; !ok {
				streaks[pid] = streak{since: now, cpu: cpuTime(pid)}
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
			for pid, s := range streaks {
				if now.Sub(s.since) >= spinLeash && !slices.Contains(endless, progs[pid]) {
					endless = append(endless, progs[pid])
				}
			}
			slices.Sort(endless)
			w.mu.Lock()
			w.endless = endless
			w.mu.Unlock()
		}
		for pid, s := range streaks {
			var why string
			switch {
			case now.Sub(s.since) >= spinLeash && slices.Contains(w.leashed, progs[pid]):
				why = fmt.Sprintf("socklab: %s computed for %v without pause, as it did in an earlier test, and was stopped (a loop without end?)\n", progs[pid], spinLeash)
			case now.Sub(s.since) >= w.spin && cpuTime(pid)-s.cpu >= w.spin && watch.Waiting(w.sdir, pid):
				why = fmt.Sprintf("socklab: %s computed for %v without pause while every other program of the test waited on it, and was stopped (a loop without end?)\n", progs[pid], w.spin)
			default:
				continue
			}
			w.mu.Lock()
			w.stopped = why
			if !slices.Contains(w.leashed, progs[pid]) {
				w.endless = []string{progs[pid]}
			}
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

// cpuTime returns the CPU time process pid has used, 0 when it cannot be
// read.
func cpuTime(pid int) time.Duration {
	data, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		return 0
	}
	s := string(data)
	i := strings.LastIndexByte(s, ')')
	if i < 0 {
		return 0
	}
	// After the name: state (field 3), ..., utime (14), stime (15).
	f := strings.Fields(s[i+1:])
	if len(f) < 13 {
		return 0
	}
	user, err1 := strconv.ParseInt(f[11], 10, 64)
	sys, err2 := strconv.ParseInt(f[12], 10, 64)
	if err1 != nil || err2 != nil {
		return 0
	}
	return time.Duration(user+sys) * clockTick
}
