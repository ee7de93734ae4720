package prestart

import (
	"errors"
	"syscall"
	"testing"
)

// TestSignalNoProcess: a handle without a process id signals nothing, not
// the group that kill(2) takes 0 and -1 for (this test's, were it sent).
func TestSignalNoProcess(t *testing.T) {
	for _, pid := range []int{0, -1} {
		h := &handle{pid: pid}
		if err := h.Signal(syscall.SIGCONT); !errors.Is(err, syscall.ESRCH) {
			t.Errorf("handle{pid: %d}.Signal = %v, want ESRCH", pid, err)
		}
	}
}
