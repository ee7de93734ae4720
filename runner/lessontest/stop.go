package lessontest

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"time"
)

// Stop ends a run early, as when socklab test is interrupted: no further
// test starts, "listening" gives up, and every process below this one is
// killed, again and again until the tests that RunAll was running have
// ended, so that no program a test started outlives the run.
//
// Stop is meant for a program that runs nothing but tests, such as the
// socklab command: it kills all the descendants of this process.
func (h *Harness) Stop() {
	h.stopOnce.Do(func() {
		close(h.stopped)
		go func() {
			for {
				killDescendants()
				if h.running.Load() == 0 {
					return
				}
				time.Sleep(20 * time.Millisecond)
			}
		}()
	})
}

// stopping reports whether Stop was called.
func (h *Harness) stopping() bool {
	select {
	case <-h.stopped:
		return true
	default:
		return false
	}
}

// killDescendants kills every process below this one, found through
// /proc. A socklab script process dies with its "socklab run" parent.
func killDescendants() {
	for _, pid := range descendants(os.Getpid()) {
		syscall.Kill(pid, syscall.SIGKILL)
	}
}

// killTree kills process pid and every process below it.
func killTree(pid int) {
	below := descendants(pid)
	syscall.Kill(pid, syscall.SIGKILL)
	for _, p := range below {
		syscall.Kill(p, syscall.SIGKILL)
	}
}

// descendants lists the processes below pid.
func descendants(pid int) []int {
	stats, _ := filepath.Glob("/proc/[0-9]*/stat")
	children := map[int][]int{}
	for _, path := range stats {
		data, err := os.ReadFile(path)
		if err != nil {
			continue // the process has ended
		}
		child, parent, ok := parseStat(string(data))
		if ok {
			children[parent] = append(children[parent], child)
		}
	}
	var all []int
	for queue := children[pid]; len(queue) > 0; queue = queue[1:] {
		all = append(all, queue[0])
		queue = append(queue, children[queue[0]]...)
	}
	return all
}

// parseStat reads the process id and its parent's from the text of
// /proc/PID/stat: "PID (COMMAND) STATE PPID ...", where COMMAND may itself
// hold spaces and parentheses.
func parseStat(s string) (pid, ppid int, ok bool) {
	open, closing := strings.IndexByte(s, '('), strings.LastIndexByte(s, ')')
	if open < 0 || closing < open {
		return 0, 0, false
	}
	fields := strings.Fields(s[closing+1:])
	if len(fields) < 2 {
		return 0, 0, false
	}
	pid, err1 := strconv.Atoi(strings.TrimSpace(s[:open]))
	ppid, err2 := strconv.Atoi(fields[1])
	return pid, ppid, err1 == nil && err2 == nil
}
