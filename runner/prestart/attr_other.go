//go:build !linux

package prestart

import (
	"errors"

	"github.com/socklab/socklab/runner/teardown"
)

// supported: elsewhere there is no parent-death signal, so the script
// process starts the usual way.
const supported = false

func start() (*Process, error) { return nil, errors.New("no process is started early on this system") }

// Await returns false at once: no process is started early here.
func Await() bool { return false }

// Finish returns code: no process is adopted here. It leaves the
// process's address space to a keeper to take down, where there is one
// (see package teardown).
func Finish(code int) int {
	teardown.Defer()
	return code
}

// RestoreProcs does nothing: no process is started early here.
func RestoreProcs() {}
