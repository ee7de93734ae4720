// Package teardown lets socklab's exit be seen as soon as its work is done.
//
// A process's parent learns that it ended only after the kernel has taken
// down its address space, which for a binary of socklab's size holds the
// waiting shell or test harness for about a millisecond. Defer starts a
// small process that shares the address space and waits for this one to
// end: the last process to let go of the address space takes it down, so
// the teardown happens in that process, after the parent has seen the exit.
// The keeper runs at the lowest priority (nice 19), so that the teardown
// waits for a processor that nothing else wants: socklab run's script
// process ends a moment before its supervisor, and the supervisor's threads,
// which must each run once to end, would otherwise queue behind the script
// process's teardown.
package teardown

import (
	"os"
	"strconv"
	"strings"
	"sync"
	"time"
)

var once sync.Once

// Defer starts, once per process, the process that takes down this
// process's address space after it ends. Where that cannot be done (on an
// architecture without it, or where the kernel refuses), Defer does
// nothing: the process ends as any does. A process that calls Defer must
// not then replace itself with another program (exec): the keeper would
// hold its old address space until that program ended.
func Defer() {
	once.Do(func() { spawn() })
}

// Name is the keeper's name (its comm, which ps -e and pgrep show), so
// that a program looking for the script process among socklab's children
// can tell the keeper apart.
const Name = "socklab-exit"

// IsKeeper reports whether process pid is a keeper that Defer started.
func IsKeeper(pid int) bool {
	comm, err := os.ReadFile("/proc/" + strconv.Itoa(pid) + "/comm")
	return err == nil && strings.TrimSpace(string(comm)) == Name
}

// AwaitEnd waits up to d for process pid to end and reports whether it did
// (a zombie has ended). A keeper ends on its own once the process that
// started it has: a program that checks that socklab left nothing running
// gives a keeper this moment to finish.
func AwaitEnd(pid int, d time.Duration) bool {
	deadline := time.Now().Add(d)
	for !ended(pid) {
		if time.Now().After(deadline) {
			return false
		}
		time.Sleep(time.Millisecond)
	}
	return true
}

// ended reports whether process pid has ended: it is gone, or a zombie.
func ended(pid int) bool {
	stat, err := os.ReadFile("/proc/" + strconv.Itoa(pid) + "/stat")
	if err != nil {
		return true
	}
	// The state follows the command name, which is in parentheses.
	i := strings.LastIndexByte(string(stat), ')')
	return i < 0 || i+2 >= len(stat) || stat[i+2] == 'Z' || stat[i+2] == 'X'
}
