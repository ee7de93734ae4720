package prestart

import (
	"os"
	"runtime"
	"syscall"
	"unsafe"

	"github.com/socklab/socklab/runner/teardown"
)

// Await returns at once unless this process was started early. Then it
// waits for the supervisor's message and becomes the process that the
// message describes: its descriptors, working folder, environment and
// arguments (os.Args) replaced; or it exits, when the supervisor closes
// the socket without one. It reports whether it did so. Call it first,
// before anything reads those.
func Await() bool {
	v, ok := syscall.Getenv(envControl)
	if !ok {
		return false
	}
	if v != itoa(controlFD) {
		fail(errMessage)
	}
	files, argv, env, fds, err := receive(controlFD)
	if err != nil {
		if err == errDismissed {
			os.Exit(0)
		}
		fail(err)
	}
	if err := install(files, fds); err != nil {
		fail(err)
	}
	_, restoreProcs = syscall.Getenv(envProcs)
	syscall.Clearenv()
	for _, kv := range env {
		for i := 0; i < len(kv); i++ {
			if kv[i] == '=' {
				os.Setenv(kv[:i], kv[i+1:])
				break
			}
		}
	}
	os.Args = argv
	adopted = true
	return true
}

// adopted reports whether Await made this process the one its supervisor
// described; the control socket then stays open, for Finish.
var adopted bool

// restoreProcs says that this process started early with one processor,
// to take the runtime's default number once confined (see start and
// RestoreProcs).
var restoreProcs bool

// RestoreProcs gives a process that Await adopted the number of
// processors it would have started with, which it started with one (see
// start): the runtime's default, as at a start without GOMAXPROCS. Call
// it once the process is confined, before the script runs.
func RestoreProcs() {
	if restoreProcs {
		runtime.SetDefaultGOMAXPROCS()
		restoreProcs = false
	}
}

// Finish ends a process that Await adopted with the exit status code. It
// tells the supervisor the status over the control socket, then closes
// every descriptor the process holds, so that the supervisor sees the end
// of its output at once and any socket the script listened on is free
// again, and only then exits: the supervisor need not wait for the kernel
// to take down the whole process (about a millisecond for a binary of
// socklab's size) before it ends too. Elsewhere it returns code.
//
// Either way it leaves the process's address space to a keeper to take
// down (see package teardown): the script process's is the largest of a
// run, and the processor that takes it down would otherwise hold up the
// supervisor's end. The script is confined by the time it ends, and so is
// the keeper, which inherits its limits, Landlock domain and seccomp
// filters.
func Finish(code int) int {
	if !adopted {
		teardown.Defer()
		return code
	}
	c := uint32(int32(code))
	syscall.Write(controlFD, []byte{byte(c), byte(c >> 8), byte(c >> 16), byte(c >> 24)})
	if _, _, e := syscall.Syscall(sysCloseRange, 0, ^uintptr(0), 0); e != 0 {
		for fd := 0; fd <= 1024; fd++ { // a kernel before 5.9
			syscall.Close(fd)
		}
	}
	teardown.Defer() // with no descriptor left to copy, after the supervisor has its status
	os.Exit(code)
	return code
}

// sysCloseRange is close_range(2), one number on every architecture.
const sysCloseRange = 436

var errDismissed = os.ErrClosed

// fail ends a process whose adoption went wrong. Its standard error is
// still the control socket, which the supervisor no longer reads, so it
// says nothing: the supervisor sees the exit status of a script process
// that could not start.
func fail(error) { os.Exit(1) }

// receive reads the supervisor's message from the socket fd.
func receive(fd int) (files int, argv, env []string, fds []int, err error) {
	buf := make([]byte, 8<<10) // most messages fit; a longer one takes more reads
	oob := make([]byte, syscall.CmsgSpace((MaxFiles+1)*4))
	var msg []byte
	for {
		waitReadable(fd)
		n, oobn, _, _, err := syscall.Recvmsg(fd, buf, oob, syscall.MSG_CMSG_CLOEXEC)
		if err == syscall.EINTR {
			continue
		}
		if err != nil {
			return 0, nil, nil, fds, err
		}
		if oobn > 0 {
			more, err := rights(oob[:oobn])
			if err != nil {
				return 0, nil, nil, fds, err
			}
			fds = append(fds, more...)
		}
		if n == 0 {
			if len(msg) == 0 {
				return 0, nil, nil, fds, errDismissed
			}
			return 0, nil, nil, fds, errMessage
		}
		msg = append(msg, buf[:n]...)
		if len(msg) >= 4 && len(msg)-4 >= bodyLen(msg) {
			break
		}
	}
	if len(msg)-4 != bodyLen(msg) {
		return 0, nil, nil, fds, errMessage
	}
	files, argv, env, err = decode(msg[4:])
	if err == nil && len(fds) != files+1 {
		err = errMessage
	}
	return files, argv, env, fds, err
}

// waitReadable blocks until fd can be read, in a poll(2) that Go's
// scheduler is not told of: told, it would hand the processor to a new
// thread while this one waits, one more thread for the confinement's
// round (see start).
func waitReadable(fd int) {
	pfd := struct {
		fd              int32
		events, revents int16
	}{int32(fd), pollIn, 0}
	for {
		_, _, e := syscall.RawSyscall6(syscall.SYS_PPOLL, uintptr(unsafe.Pointer(&pfd)), 1, 0, 0, 0, 0)
		if e != syscall.EINTR {
			return
		}
	}
}

// pollIn is poll(2)'s POLLIN.
const pollIn = 0x1

func rights(oob []byte) ([]int, error) {
	msgs, err := syscall.ParseSocketControlMessage(oob)
	if err != nil {
		return nil, err
	}
	var fds []int
	for _, m := range msgs {
		got, err := syscall.ParseUnixRights(&m)
		if err != nil {
			return nil, err
		}
		fds = append(fds, got...)
	}
	return fds, nil
}

// install puts fds[:files] in descriptors 0 to files-1, where the control
// socket kept their places, moves to the folder fds[files] and closes the
// rest but the control socket in controlFD, which no program the script
// starts inherits. The received descriptors all lie above the kept
// places, which no other descriptor took.
func install(files int, fds []int) error {
	for i := 0; i < files; i++ {
		if err := syscall.Dup3(fds[i], i, 0); err != nil {
			return err
		}
	}
	if err := syscall.Fchdir(fds[files]); err != nil {
		return err
	}
	for _, fd := range fds {
		syscall.Close(fd)
	}
	for i := files; i < controlFD; i++ {
		syscall.Close(i)
	}
	syscall.CloseOnExec(controlFD)
	return nil
}
