package asleep

import (
	"os"
	"runtime"
	"strconv"
	"syscall"

	"github.com/socklab/socklab/runner/hostgo"
)

// EnvFD names the descriptor on which a script process reads its
// supervisor's questions (see Watcher); it answers on the next one.
const EnvFD = "SOCKLAB_DEADLOCK_FD"

// The supervisor's question on that descriptor, and the answer of a
// process that is not asleep (one that is ends).
const (
	question = '?'
	awake    = 'n'
)

// Serve answers, in a script process, the supervisor's questions on the
// descriptors EnvFD names, if any: on each it reads every goroutine's state
// and, when all of them are asleep, prints Go's report on standard error
// (the supervisor's diagnostic channel) and exits with status 2, as the
// runtime does. It waits in a blocking read, a system call that the
// supervisor recognises by its descriptor among the process's threads.
func Serve() {
	fd, err := strconv.Atoi(os.Getenv(EnvFD))
	if !Enabled || err != nil || fd < 3 {
		return
	}
	for _, d := range []int{fd, fd + 1} {
		syscall.CloseOnExec(d)
		syscall.SetNonblock(d, false) // a read the supervisor sees as such
	}
	hostgo.Go(func() { serve(fd, fd+1) })
}

func serve(fd, answer int) {
	defer syscall.Close(fd)
	defer syscall.Close(answer)
	var q [1]byte
	var buf []byte // the last dump's room, kept for the next
	for {
		n, err := syscall.Read(fd, q[:])
		if err == syscall.EINTR {
			continue
		}
		if err != nil || n == 0 {
			return // the supervisor has gone
		}
		buf = dump(buf)
		if Asleep(buf) {
			writeAll(2, Fatal(buf))
			os.Exit(2)
		}
		if writeAll(answer, []byte{awake}) != nil {
			return
		}
	}
}

// dump returns all goroutines' stacks, the caller's first, in buf or a
// larger buffer.
func dump(buf []byte) []byte {
	if buf == nil {
		buf = make([]byte, 64<<10)
	}
	for {
		n := runtime.Stack(buf[:cap(buf)], true)
		if n < cap(buf) {
			return buf[:n]
		}
		buf = make([]byte, 2*cap(buf))
	}
}

func writeAll(fd int, b []byte) error {
	for len(b) > 0 {
		n, err := syscall.Write(fd, b)
		if err == syscall.EINTR {
			continue
		}
		if err != nil {
			return err
		}
		b = b[n:]
	}
	return nil
}
