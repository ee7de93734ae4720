//go:build unix && !linux

package proc

import "syscall"

// sysProcAttr puts the script in a process group of its own when asked.
// Without Linux's parent-death signal, the script process watches its
// parent itself (see script.watchParent).
func sysProcAttr(ownGroup bool) *syscall.SysProcAttr {
	return &syscall.SysProcAttr{Setpgid: ownGroup}
}
