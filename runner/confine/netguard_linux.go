package confine

import (
	"encoding/binary"
	"errors"
	"fmt"
	"os"
	"runtime"
	"strconv"
	"strings"
	"syscall"
	"unsafe"

	"golang.org/x/sys/unix"
)

// netGuardAvailable reports whether the kernel hands system calls to a
// supervisor (seccomp user notification, Linux 5.0 and later; the
// supervisor's pidfd_getfd needs 5.6).
func netGuardAvailable() bool {
	if unix.SizeofMsghdr != msghdrSize {
		return false // a 32-bit system, whose sendmsg the supervisor does not read
	}
	action := uint32(unix.SECCOMP_RET_USER_NOTIF)
	_, _, e := unix.Syscall(unix.SYS_SECCOMP, unix.SECCOMP_GET_ACTION_AVAIL, 0, uintptr(unsafe.Pointer(&action)))
	if e != 0 {
		return false
	}
	fd, err := unix.PidfdOpen(os.Getpid(), 0)
	if err != nil {
		return false
	}
	defer unix.Close(fd)
	// pidfd_getfd itself (a container's filter may refuse it), and the
	// right to take a child's descriptors: Yama's ptrace scope 2 keeps it
	// to root, 3 to no one.
	copied, err := unix.PidfdGetfd(fd, fd, 0)
	if err != nil {
		return false
	}
	unix.Close(copied)
	b, err := os.ReadFile("/proc/sys/kernel/yama/ptrace_scope")
	if scope := strings.TrimSpace(string(b)); err == nil && (scope == "3" || scope == "2" && os.Geteuid() != 0) {
		return false
	}
	return true
}

// guardNetwork loads the guard's filter in this process, all its threads,
// and hands the notifications to the supervisor over the socket fd. The
// supervisor takes them while this process goes on setting up; settle
// waits until it has, and closes this process's copies (see Apply).
func guardNetwork(fd int) (settle func() error, err error) {
	prog, err := netGuardProgram()
	if err != nil {
		return nil, fmt.Errorf("network guard: %w", err)
	}
	var listener uintptr
	err = withNoNewPrivs(func() error {
		flags := uintptr(unix.SECCOMP_FILTER_FLAG_NEW_LISTENER | unix.SECCOMP_FILTER_FLAG_TSYNC | unix.SECCOMP_FILTER_FLAG_TSYNC_ESRCH)
		var e unix.Errno
		listener, _, e = unix.Syscall(unix.SYS_SECCOMP, unix.SECCOMP_SET_MODE_FILTER,
			flags|unix.SECCOMP_FILTER_FLAG_WAIT_KILLABLE_RECV, uintptr(unsafe.Pointer(prog)))
		if e == unix.EINVAL { // before Linux 5.19: a signal may restart a call
			listener, _, e = unix.Syscall(unix.SYS_SECCOMP, unix.SECCOMP_SET_MODE_FILTER, flags, uintptr(unsafe.Pointer(prog)))
		}
		runtime.KeepAlive(prog)
		if e != 0 {
			return fmt.Errorf("loading the filter: %w", e)
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("network guard: %w", err)
	}
	closeBoth := func() {
		unix.Close(int(listener))
		unix.Close(fd)
	}
	var b [4]byte
	binary.LittleEndian.PutUint32(b[:], uint32(listener))
	if _, err := unix.Write(fd, b[:]); err != nil {
		closeBoth()
		return nil, fmt.Errorf("network guard: handing it to the supervisor: %w", err)
	}
	return func() error {
		defer closeBoth()
		// The supervisor answers once it holds its copy of the listener.
		if n, err := unix.Read(fd, b[:1]); n != 1 {
			return fmt.Errorf("network guard: the supervisor could not take it (%v); run with --allow-net to go without it", err)
		}
		return nil
	}, nil
}

// A NetGuard is the supervisor's side of one process's network guard.
type NetGuard struct {
	own, child *os.File
}

// NewNetGuard makes the socket over which a process about to start hands
// its guard to the supervisor. Give ChildFile to the process (as an extra
// file, its number in EnvNetGuard), then call Watch with its process id.
// It returns nil where the kernel has no user notification.
func NewNetGuard() (*NetGuard, error) {
	if !netGuardAvailable() {
		return nil, nil
	}
	fds, err := unix.Socketpair(unix.AF_UNIX, unix.SOCK_STREAM|unix.SOCK_CLOEXEC, 0)
	if err != nil {
		return nil, fmt.Errorf("network guard: %w", err)
	}
	// This end waits in Go's poller, not in a thread of its own; the
	// process's end stays blocking, as the process reads it.
	if err := unix.SetNonblock(fds[0], true); err != nil {
		unix.Close(fds[0])
		unix.Close(fds[1])
		return nil, fmt.Errorf("network guard: %w", err)
	}
	return &NetGuard{own: os.NewFile(uintptr(fds[0]), "netguard"), child: os.NewFile(uintptr(fds[1]), "netguard")}, nil
}

// ChildFile is the process's end of the socket.
func (g *NetGuard) ChildFile() *os.File { return g.child }

// Watch takes the guard of process pid, once it has confined itself, and
// judges its calls until it ends. It closes the child's end here, which
// the process has its own copy of; call it right after the start, and on
// its own goroutine (it returns when the process ends).
func (g *NetGuard) Watch(pid int) {
	g.child.Close()
	defer g.own.Close()
	var b [4]byte
	if _, err := g.own.Read(b[:]); err != nil {
		return // the process ended, or runs with no guard
	}
	pidfd, err := unix.PidfdOpen(pid, 0)
	if err != nil {
		return // its calls fail: no one answers them (ENOSYS)
	}
	defer unix.Close(pidfd)
	listener, err := unix.PidfdGetfd(pidfd, int(binary.LittleEndian.Uint32(b[:])), 0)
	if err != nil {
		return
	}
	// The listener waits in Go's poller too. Its file description is the
	// process's, which closes its copy once it has the answer below.
	if err := unix.SetNonblock(listener, true); err != nil {
		unix.Close(listener)
		return
	}
	lf := os.NewFile(uintptr(listener), "seccomp listener")
	defer lf.Close()
	g.own.Write(b[:1])
	s := &supervisor{pid: pid, pidfd: pidfd, listener: listener}
	s.serve(lf)
}

// Close releases the socket of a guard whose process did not start.
func (g *NetGuard) Close() {
	g.own.Close()
	g.child.Close()
}

// seccompNotif and seccompNotifResp are the kernel's struct seccomp_notif
// and struct seccomp_notif_resp.
type seccompNotif struct {
	id    uint64
	pid   uint32
	flags uint32
	nr    int32
	arch  uint32
	ip    uint64
	args  [6]uint64
}

type seccompNotifResp struct {
	id    uint64
	val   int64
	error int32
	flags uint32
}

// supervisor answers one process's notifications.
type supervisor struct {
	pid, pidfd, listener int
}

// serve takes the notifications from l, the listener as a file of Go's
// poller: between calls it waits there, holding no thread of its own.
func (s *supervisor) serve(l *os.File) {
	rc, err := l.SyscallConn()
	if err != nil {
		return
	}
	for {
		var n seccompNotif
		var ended bool
		var recvErr error
		err := rc.Read(func(fd uintptr) bool {
			ready, hup := pending(int(fd))
			switch {
			case hup:
				ended = true // every thread under the filter has ended
			case !ready:
				return false // wait in the poller
			default:
				// NOTIF_RECV blocks whatever the descriptor's flags, so it
				// is called only once poll says a notification waits.
				recvErr = ioctl(int(fd), unix.SECCOMP_IOCTL_NOTIF_RECV, unsafe.Pointer(&n))
			}
			return true
		})
		if err != nil || ended {
			return
		}
		if recvErr != nil {
			if recvErr == unix.EINTR || recvErr == unix.ENOENT {
				continue
			}
			return
		}
		// Each call on a goroutine of its own: a blocking socket's call
		// waits without holding up the other threads' calls.
		go func() {
			val, errno := s.judge(&n)
			resp := seccompNotifResp{id: n.id, val: val, error: -int32(errno)}
			ioctl(s.listener, unix.SECCOMP_IOCTL_NOTIF_SEND, unsafe.Pointer(&resp)) // ENOENT: the call was given up
		}()
	}
}

// pending reports, without waiting, whether a notification waits on the
// listener fd, and whether the listener is done with (hup).
func pending(fd int) (ready, hup bool) {
	fds := []unix.PollFd{{Fd: int32(fd), Events: unix.POLLIN}}
	for {
		_, err := unix.Poll(fds, 0)
		if err == unix.EINTR {
			continue
		}
		if err != nil {
			return false, true
		}
		break
	}
	r := fds[0].Revents
	return r&unix.POLLIN != 0, r&(unix.POLLHUP|unix.POLLERR|unix.POLLNVAL) != 0
}

func ioctl(fd int, req uint, arg unsafe.Pointer) error {
	_, _, e := unix.Syscall(unix.SYS_IOCTL, uintptr(fd), uintptr(req), uintptr(arg))
	if e != 0 {
		return e
	}
	return nil
}

// msghdrSize is the size of struct msghdr on the 64-bit systems socklab
// builds for: name, namelen (and padding), iov, iovlen, control,
// controllen, flags (and padding).
const msghdrSize = 56

// maxCopy bounds what the supervisor copies of one send: a datagram is at
// most 64 KiB, and a stream send may send less than it was given.
const maxCopy = 256 << 10

// judge decides one call and, where it is allowed, makes it: it returns
// the call's result and errno.
func (s *supervisor) judge(n *seccompNotif) (int64, syscall.Errno) {
	m := memory{tid: int(n.pid)}
	var addr, data []byte
	var flags uintptr
	var hasAddr bool
	switch int(n.nr) {
	case unix.SYS_CONNECT, unix.SYS_BIND:
		addr, hasAddr = m.read(n.args[1], n.args[2], unix.SizeofSockaddrAny), true
	case unix.SYS_SENDTO:
		data = m.read(n.args[1], min(n.args[2], maxCopy), maxCopy)
		flags = uintptr(n.args[3])
		addr, hasAddr = m.read(n.args[4], n.args[5], unix.SizeofSockaddrAny), true
	case unix.SYS_SENDMSG:
		// struct msghdr, read as numbers: the process's pointers are
		// addresses in its memory, never pointers of this one.
		hdr := m.read(n.args[1], msghdrSize, msghdrSize)
		if m.err != nil || len(hdr) != msghdrSize {
			return 0, unix.EFAULT
		}
		word := func(off int) uint64 { return binary.NativeEndian.Uint64(hdr[off:]) }
		name, namelen := word(0), uint64(binary.NativeEndian.Uint32(hdr[8:]))
		iov, iovlen, controllen := word(16), word(24), word(40)
		if controllen != 0 {
			return 0, unix.EPERM // descriptors and options would be the supervisor's
		}
		if name != 0 {
			addr, hasAddr = m.read(name, namelen, unix.SizeofSockaddrAny), true
		}
		data = m.gather(iov, iovlen)
		flags = uintptr(n.args[2])
	default:
		return 0, unix.EPERM
	}
	if m.err != nil {
		return 0, unix.EFAULT
	}
	// The thread still waits in this call: its process and its memory
	// were the ones read, not those of a process that took its id since.
	id := n.id
	if ioctl(s.listener, unix.SECCOMP_IOCTL_NOTIF_ID_VALID, unsafe.Pointer(&id)) != nil {
		return 0, unix.ENOENT
	}
	sock, err := s.socket(int(n.pid), int(n.args[0]))
	if err != nil {
		return 0, errnoOf(err)
	}
	defer unix.Close(sock)
	domain, err := unix.GetsockoptInt(sock, unix.SOL_SOCKET, unix.SO_DOMAIN)
	if err != nil {
		return 0, errnoOf(err)
	}
	switch domain {
	case unix.AF_INET, unix.AF_INET6:
		if hasAddr && !loopbackAddr(addr, int(n.nr)) {
			return 0, unix.EPERM
		}
	case unix.AF_NETLINK:
	default:
		return 0, unix.EPERM
	}
	return call(int(n.nr), sock, addr, data, flags)
}

// socket returns the supervisor's copy of descriptor fd of the process of
// thread tid.
func (s *supervisor) socket(tid, fd int) (int, error) {
	pidfd := s.pidfd
	if _, err := os.Stat(fmt.Sprintf("/proc/%d/task/%d", s.pid, tid)); err != nil {
		// A process the script started (--allow-exec) shares the filter
		// but has descriptors of its own.
		pid, err := tgid(tid)
		if err != nil {
			return -1, err
		}
		if pidfd, err = unix.PidfdOpen(pid, 0); err != nil {
			return -1, err
		}
		defer unix.Close(pidfd)
	}
	return unix.PidfdGetfd(pidfd, fd, 0)
}

// tgid returns the process of thread tid.
func tgid(tid int) (int, error) {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", tid))
	if err != nil {
		return 0, err
	}
	for _, line := range strings.Split(string(b), "\n") {
		if v, ok := strings.CutPrefix(line, "Tgid:"); ok {
			return strconv.Atoi(strings.TrimSpace(v))
		}
	}
	return 0, unix.ESRCH
}

// loopbackAddr reports whether the socket address b names a loopback host
// (127.0.0.0/8, ::1, or ::ffff:127.0.0.0/104). An unspecified family
// dissolves a datagram socket's association, for connect.
func loopbackAddr(b []byte, nr int) bool {
	if len(b) < 2 {
		return false
	}
	switch binary.NativeEndian.Uint16(b) {
	case unix.AF_UNSPEC:
		return nr == unix.SYS_CONNECT
	case unix.AF_INET:
		return len(b) >= unix.SizeofSockaddrInet4 && b[4] == 127
	case unix.AF_INET6:
		if len(b) < unix.SizeofSockaddrInet6 {
			return false
		}
		ip := b[8:24]
		v6loop := [16]byte{15: 1}
		v4mapped := [12]byte{10: 0xff, 11: 0xff}
		return [16]byte(ip) == v6loop || [12]byte(ip[:12]) == v4mapped && ip[12] == 127
	}
	return false
}

// call makes the call nr on the supervisor's copy of the socket, with the
// bytes checked.
func call(nr, sock int, addr, data []byte, flags uintptr) (int64, syscall.Errno) {
	ptr := func(b []byte) uintptr {
		if len(b) == 0 {
			return 0
		}
		return uintptr(unsafe.Pointer(&b[0]))
	}
	var r uintptr
	var e syscall.Errno
	switch nr {
	case unix.SYS_CONNECT, unix.SYS_BIND:
		r, _, e = unix.Syscall(uintptr(nr), uintptr(sock), ptr(addr), uintptr(len(addr)))
	case unix.SYS_SENDTO, unix.SYS_SENDMSG:
		r, _, e = unix.Syscall6(unix.SYS_SENDTO, uintptr(sock), ptr(data), uintptr(len(data)), flags, ptr(addr), uintptr(len(addr)))
	}
	runtime.KeepAlive(addr)
	runtime.KeepAlive(data)
	if e != 0 {
		return 0, e
	}
	return int64(r), 0
}

func errnoOf(err error) syscall.Errno {
	var e syscall.Errno
	if errors.As(err, &e) {
		return e
	}
	return unix.EPERM
}

// memory reads a traced process's memory, keeping the first error.
type memory struct {
	tid int
	err error
}

// read copies n bytes (at most max) at address p; a nil p reads nothing.
func (m *memory) read(p, n uint64, max int) []byte {
	if p == 0 || m.err != nil {
		return nil
	}
	if n > uint64(max) {
		n = uint64(max)
	}
	b := make([]byte, n)
	if n == 0 {
		return b
	}
	local := []unix.Iovec{{Base: &b[0], Len: n}}
	remote := []unix.RemoteIovec{{Base: uintptr(p), Len: int(n)}}
	got, err := unix.ProcessVMReadv(m.tid, local, remote, 0)
	if err != nil {
		m.err = err
		return nil
	}
	return b[:got]
}

// gather copies the buffers of an iovec array at p with count entries, in
// one, up to maxCopy bytes.
func (m *memory) gather(p, count uint64) []byte {
	const maxIov = 1024 // UIO_MAXIOV
	if count > maxIov {
		m.err = unix.EMSGSIZE
		return nil
	}
	iovs := m.read(p, count*16, maxIov*16)
	var out []byte
	for i := 0; i+16 <= len(iovs) && len(out) < maxCopy; i += 16 {
		base := binary.NativeEndian.Uint64(iovs[i:])
		n := binary.NativeEndian.Uint64(iovs[i+8:])
		out = append(out, m.read(base, min(n, uint64(maxCopy-len(out))), maxCopy)...)
	}
	return out
}
