package prestart

import (
	"os"
	"sync"
	"syscall"
)

// A handle is the supervisor's hold on a process it started: its id and,
// where the kernel has them, a pidfd that Go's poller watches for the
// process's end. It stands in for os.Process, whose first use on Linux
// probes the kernel's pidfd support by starting one more process, and
// whose Wait holds a thread for as long as the process runs.
type handle struct {
	pid  int
	exit *os.File // the pidfd, readable once the process has ended; nil without one

	mu     sync.RWMutex // held to signal, and to reap
	reaped bool
}

// Pid returns the process's id.
func (h *handle) Pid() int { return h.pid }

// Signal sends sig to the process. Until Wait reaps it, its id names no
// other process; after, Signal returns os.ErrProcessDone.
func (h *handle) Signal(sig os.Signal) error {
	s, ok := sig.(syscall.Signal)
	if !ok {
		return syscall.EINVAL
	}
	if h.pid <= 0 {
		return syscall.ESRCH // kill(2) would take 0 and -1 for whole groups
	}
	h.mu.RLock()
	defer h.mu.RUnlock()
	if h.reaped {
		return os.ErrProcessDone
	}
	return syscall.Kill(h.pid, s)
}

// Kill ends the process.
func (h *handle) Kill() error { return h.Signal(syscall.SIGKILL) }

// Wait waits for the process to end, reaps it and returns how it ended.
// With a pidfd it waits in Go's poller; without, in a thread, as os does.
// Call it once.
func (h *handle) Wait() (syscall.WaitStatus, error) {
	var ws syscall.WaitStatus
	var werr error
	reap := func(options int) bool {
		h.mu.Lock()
		defer h.mu.Unlock()
		for {
			pid, err := syscall.Wait4(h.pid, &ws, options, nil)
			if err == syscall.EINTR {
				continue
			}
			if err != nil || pid == h.pid {
				h.reaped, werr = true, err
				return true
			}
			return false // WNOHANG: still running
		}
	}
	if h.exit != nil {
		defer h.exit.Close()
		if rc, err := h.exit.SyscallConn(); err == nil {
			rc.Read(func(uintptr) bool { return reap(syscall.WNOHANG) })
		}
	}
	if !h.reaped {
		reap(0)
	}
	return ws, werr
}
