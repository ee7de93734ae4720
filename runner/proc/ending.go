package proc

import (
	"os"
	"syscall"
)

// An ending is how a script process ended: the status it exited with, or
// the signal that killed it.
type ending struct {
	code   int
	signal syscall.Signal // 0 unless a signal ended it
}

// endingOf reads the ending in a process state that os reports.
func endingOf(state *os.ProcessState) ending {
	if ws, ok := state.Sys().(syscall.WaitStatus); ok {
		return endingOfStatus(ws)
	}
	return ending{code: state.ExitCode()}
}

// endingOfStatus reads the ending in a wait status.
func endingOfStatus(ws syscall.WaitStatus) ending {
	if ws.Signaled() {
		return ending{signal: ws.Signal()}
	}
	return ending{code: ws.ExitStatus()}
}

// failed reports whether the process ended other than with status 0.
func (e ending) failed() bool { return e != ending{} }
