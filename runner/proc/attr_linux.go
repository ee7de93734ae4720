package proc

import "syscall"

// sysProcAttr puts the script in a process group of its own when asked,
// and has the kernel kill it if the supervisor dies first, so that no
// script outlives socklab.
func sysProcAttr(ownGroup bool) *syscall.SysProcAttr {
	return &syscall.SysProcAttr{Pdeathsig: syscall.SIGKILL, Setpgid: ownGroup}
}
