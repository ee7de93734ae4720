package asleep

import (
	"bytes"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"syscall"
)

// A wait is what one thread of a Go program is doing, as /proc tells it.
type wait int

const (
	busy       wait = iota // running, or in a system call that is not a futex wait
	futexIdle              // a futex wait without timeout: an idle thread
	futexTimed             // a futex wait with one: the system monitor's sleep
	serving                // the blocking read of Serve
)

// classify reads a line of /proc/PID/task/TID/syscall: "running", or the
// system call's number, its six arguments and the stack and program
// pointers.
func classify(line []byte, serveFD int) wait {
	f := bytes.Fields(line)
	if len(f) < 7 {
		return busy
	}
	nr, err := strconv.Atoi(string(f[0]))
	if err != nil {
		return busy
	}
	arg := func(i int) uint64 {
		v, err := strconv.ParseUint(string(bytes.TrimPrefix(f[i], []byte("0x"))), 16, 64)
		if err != nil {
			return 1<<64 - 1
		}
		return v
	}
	const (
		futexWait       = 0
		futexWaitBitset = 9
		futexCmdMask    = 0x7f // less FUTEX_PRIVATE_FLAG and FUTEX_CLOCK_REALTIME
	)
	switch {
	case nr == syscall.SYS_FUTEX:
		if op := arg(2) & futexCmdMask; op != futexWait && op != futexWaitBitset {
			return busy
		}
		if arg(4) != 0 {
			return futexTimed
		}
		return futexIdle
	case nr == syscall.SYS_READ && arg(1) == uint64(serveFD):
		return serving
	}
	return busy
}

// A snapshot is the threads of a process that slept through a look at
// them, each with its count of context switches.
type snapshot struct {
	tids     []int
	switches []uint64
}

func (s snapshot) equal(t snapshot) bool {
	return slices.Equal(s.tids, t.tids) && slices.Equal(s.switches, t.switches)
}

// errGone is a process or thread that ended while it was looked at.
var errGone = errors.New("gone")

// procReader reads the /proc files of one process's threads into a buffer
// of its own.
type procReader struct {
	pid int
	buf []byte
}

func (r *procReader) read(tid int, name string) ([]byte, error) {
	path := "/proc/" + strconv.Itoa(r.pid) + "/task/" + strconv.Itoa(tid) + "/" + name
	fd, err := syscall.Open(path, syscall.O_RDONLY|syscall.O_CLOEXEC, 0)
	if err != nil {
		if err == syscall.ENOENT || err == syscall.ESRCH {
			return nil, errGone
		}
		return nil, fmt.Errorf("reading %s: %w", path, err)
	}
	defer syscall.Close(fd)
	if r.buf == nil {
		r.buf = make([]byte, 4096)
	}
	n := 0
	for n < len(r.buf) {
		m, err := syscall.Read(fd, r.buf[n:])
		if err == syscall.EINTR {
			continue
		}
		if err != nil {
			if err == syscall.ESRCH {
				return nil, errGone
			}
			return nil, fmt.Errorf("reading %s: %w", path, err)
		}
		if m == 0 {
			break
		}
		n += m
	}
	return r.buf[:n], nil
}

func (r *procReader) threads() ([]int, error) {
	fd, err := syscall.Open("/proc/"+strconv.Itoa(r.pid)+"/task", syscall.O_RDONLY|syscall.O_DIRECTORY|syscall.O_CLOEXEC, 0)
	if err != nil {
		return nil, errGone
	}
	defer syscall.Close(fd)
	if r.buf == nil {
		r.buf = make([]byte, 4096)
	}
	var tids []int
	for {
		n, err := syscall.ReadDirent(fd, r.buf)
		if err == syscall.EINTR {
			continue
		}
		if err != nil {
			return nil, errGone
		}
		if n == 0 {
			break
		}
		var names []string
		_, _, names = syscall.ParseDirent(r.buf[:n], -1, names)
		for _, name := range names {
			if tid, err := strconv.Atoi(name); err == nil {
				tids = append(tids, tid)
			}
		}
	}
	slices.Sort(tids)
	return tids, nil
}

// waits checks that every thread of tids sleeps as an idle Go program's
// threads do: on a futex, at most one with a timeout (the runtime's system
// monitor), and one in Serve's read. It returns the first thread that does
// not, or 0.
func (r *procReader) waits(tids []int, serveFD int) (int, error) {
	timed, served := 0, 0
	for _, tid := range tids {
		b, err := r.read(tid, "syscall")
		if err != nil {
			return tid, err
		}
		switch classify(b, serveFD) {
		case busy:
			return tid, nil
		case futexTimed:
			timed++
		case serving:
			served++
		}
	}
	if timed > 1 || served != 1 {
		return tids[0], nil
	}
	return 0, nil
}

// switches returns the context switches of each thread of tids.
func (r *procReader) switches(tids []int) ([]uint64, error) {
	out := make([]uint64, len(tids))
	for i, tid := range tids {
		b, err := r.read(tid, "status")
		if err != nil {
			return nil, err
		}
		for _, key := range []string{"\nvoluntary_ctxt_switches:", "\nnonvoluntary_ctxt_switches:"} {
			_, rest, ok := bytes.Cut(b, []byte(key))
			if !ok {
				return nil, fmt.Errorf("no %s in /proc/%d/task/%d/status", key[1:], r.pid, tid)
			}
			v, _, _ := bytes.Cut(rest, []byte("\n"))
			n, err := strconv.ParseUint(string(bytes.TrimSpace(v)), 10, 64)
			if err != nil {
				return nil, fmt.Errorf("reading /proc/%d/task/%d/status: %w", r.pid, tid, err)
			}
			out[i] += n
		}
	}
	return out, nil
}

// quiet reports whether every thread of the process slept through a look
// at all of them as an idle Go program's threads sleep (see waits): then
// there was a moment when none ran and none polled the network or waited
// for a timer. first is the thread to look at first, the one found awake
// last time; quiet updates it. An error means the process cannot be
// watched.
func (r *procReader) quiet(serveFD int, first *int) (snapshot, bool, error) {
	tids, err := r.threads()
	if err != nil {
		return snapshot{}, false, nil
	}
	// A cheap look first, from the thread last found awake.
	if i := slices.Index(tids, *first); i > 0 {
		order := append(append([]int{}, tids[i:]...), tids[:i]...)
		if tid, err := r.waits(order, serveFD); tid != 0 || err != nil {
			*first = tid
			return snapshot{}, false, ignoreGone(err)
		}
	} else if tid, err := r.waits(tids, serveFD); tid != 0 || err != nil {
		*first = tid
		return snapshot{}, false, ignoreGone(err)
	}
	// Then the look that counts: each thread sleeps in the system call
	// read between two readings of its context switches that agree, so it
	// slept through the first reading of all of them.
	before, err := r.switches(tids)
	if err != nil {
		return snapshot{}, false, ignoreGone(err)
	}
	if tid, err := r.waits(tids, serveFD); tid != 0 || err != nil {
		*first = tid
		return snapshot{}, false, ignoreGone(err)
	}
	after, err := r.switches(tids)
	if err != nil {
		return snapshot{}, false, ignoreGone(err)
	}
	again, err := r.threads()
	if err != nil || !slices.Equal(before, after) || !slices.Equal(tids, again) {
		return snapshot{}, false, nil
	}
	return snapshot{tids, after}, true, nil
}

func ignoreGone(err error) error {
	if errors.Is(err, errGone) {
		return nil
	}
	return err
}
