package prestart

import "syscall"

// supported: the process started early needs Linux's parent-death signal,
// so that it never outlives a supervisor that did not adopt it.
const supported = true

// sysProcAttr is what package proc gives a script process it starts
// itself in its own process group (see proc.sysProcAttr).
func sysProcAttr() *syscall.SysProcAttr {
	return &syscall.SysProcAttr{Pdeathsig: syscall.SIGKILL}
}
