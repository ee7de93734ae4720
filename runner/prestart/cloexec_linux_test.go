package prestart

import "syscall"

// closeOnExec reports whether descriptor fd is open and closed on exec.
func closeOnExec(fd int) (bool, error) {
	flags, _, e := syscall.Syscall(syscall.SYS_FCNTL, uintptr(fd), syscall.F_GETFD, 0)
	if e != 0 {
		return false, e
	}
	return flags&syscall.FD_CLOEXEC != 0, nil
}
