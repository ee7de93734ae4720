//go:build !linux

package prestart

import "errors"

// supported: elsewhere there is no parent-death signal, so the script
// process starts the usual way.
const supported = false

func start() (*Process, error) { return nil, errors.New("no process is started early on this system") }

// Await returns false at once: no process is started early here.
func Await() bool { return false }

// Finish returns code: no process is adopted here.
func Finish(code int) int { return code }

// RestoreProcs does nothing: no process is started early here.
func RestoreProcs() {}
