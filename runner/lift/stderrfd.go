package lift

import (
	"os"
	"syscall"
)

// scriptStderrFD is the descriptor of a script's standard error in its
// process (script.StderrFD): descriptor 2 carries the Go runtime's own
// reports to the supervisor there.
const scriptStderrFD = 3

// isScriptStderr reports whether f, whose descriptor is fd, is the script's
// standard error as the script process keeps it.
func isScriptStderr(f *os.File, fd uintptr) bool {
	return f != nil && f == os.Stderr && fd == scriptStderrFD
}

// Fd is (*os.File).Fd as a Go build of the script has it: the script's
// standard error is descriptor 2 there. f.Fd itself still runs, for what it
// does besides (it puts the descriptor in blocking mode).
func Fd(f *os.File) uintptr {
	fd := f.Fd()
	if isScriptStderr(f, fd) {
		return 2
	}
	return fd
}

// SyscallConn is (*os.File).SyscallConn as a Go build of the script has it:
// the functions handed to the connection of the script's standard error
// get descriptor 2.
func SyscallConn(f *os.File) (syscall.RawConn, error) {
	rc, err := f.SyscallConn()
	if err != nil || f != os.Stderr {
		return rc, err
	}
	return stderrConn{rc}, nil
}

// stderrConn is the raw connection of the script's standard error.
type stderrConn struct{ syscall.RawConn }

func (c stderrConn) Control(fn func(fd uintptr)) error {
	return c.RawConn.Control(func(fd uintptr) { fn(goFD(fd)) })
}

func (c stderrConn) Read(fn func(fd uintptr) bool) error {
	return c.RawConn.Read(func(fd uintptr) bool { return fn(goFD(fd)) })
}

func (c stderrConn) Write(fn func(fd uintptr) bool) error {
	return c.RawConn.Write(func(fd uintptr) bool { return fn(goFD(fd)) })
}

// goFD is the standard error's descriptor fd as a Go build has it.
func goFD(fd uintptr) uintptr {
	if fd == scriptStderrFD {
		return 2
	}
	return fd
}
