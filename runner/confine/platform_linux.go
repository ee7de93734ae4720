package confine

import (
	"fmt"
	"syscall"
)

// sysProcAttr has the kernel kill a confined command whose parent dies.
func sysProcAttr() *syscall.SysProcAttr {
	return &syscall.SysProcAttr{Pdeathsig: syscall.SIGKILL}
}

func execve(path string, argv, env []string) error {
	if err := syscall.Exec(path, argv, env); err != nil {
		return fmt.Errorf("executing %s: %w", path, err)
	}
	return nil
}
