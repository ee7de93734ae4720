package confine

//go:generate go run ./filters/gen

import (
	"fmt"
	"runtime"
	"unsafe"

	"golang.org/x/sys/unix"
)

// seccompAvailable reports whether the kernel takes seccomp filters: strict
// mode takes no flags, so asking for it with one fails with EINVAL where
// seccomp is there and allowed.
func seccompAvailable() bool {
	_, _, e := unix.Syscall(unix.SYS_SECCOMP, unix.SECCOMP_SET_MODE_STRICT, 1, 0)
	return e == unix.EINVAL
}

// applySeccomp makes the system calls p refuses fail with EPERM in every
// thread of the process, and reports whether a filter is in force. With
// nothing to refuse it loads no filter.
func applySeccomp(p Policy, allowExec bool) (bool, error) {
	if !seccompAvailable() {
		return false, nil
	}
	filter, err := denyFilter(allowExec, p.Debug, p.Files)
	if err != nil {
		return false, fmt.Errorf("seccomp: %w", err)
	}
	if filter == nil {
		return false, nil
	}
	prog := &unix.SockFprog{Len: uint16(len(filter)), Filter: &filter[0]}
	// The filter is loaded on a thread with no_new_privs and synced to
	// the others from it.
	err = withNoNewPrivs(func() error {
		_, _, e := unix.Syscall(unix.SYS_SECCOMP, unix.SECCOMP_SET_MODE_FILTER, unix.SECCOMP_FILTER_FLAG_TSYNC, uintptr(unsafe.Pointer(prog)))
		runtime.KeepAlive(filter)
		if e != 0 {
			return fmt.Errorf("loading the filter: %w", e)
		}
		return nil
	})
	if err != nil {
		return false, fmt.Errorf("seccomp: %w", err)
	}
	return true, nil
}
