//go:build !linux

package prestart

import "syscall"

// supported: elsewhere there is no parent-death signal, so the script
// process starts the usual way.
const supported = false

func sysProcAttr() *syscall.SysProcAttr { return &syscall.SysProcAttr{} }

// Await returns false at once: no process is started early here.
func Await() bool { return false }
