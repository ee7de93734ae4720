//go:build linux || darwin

package watch

import (
	"fmt"
	"os"

	"golang.org/x/sys/unix"
)

// TerminalRerunKey makes RerunKey end a line of the terminal f at once, as
// Enter does, so that watch reads it the moment it is typed while the
// terminal keeps its line editing for everything else. It takes the key
// from its usual job (reprinting the line) and returns a function that
// puts the terminal back as it was.
func TerminalRerunKey(f *os.File) (restore func(), err error) {
	fd := int(f.Fd())
	old, err := unix.IoctlGetTermios(fd, getTermios)
	if err != nil {
		return nil, fmt.Errorf("reading the terminal's settings: %w", err)
	}
	t := *old
	t.Cc[unix.VEOL] = RerunKey
	if t.Cc[unix.VREPRINT] == RerunKey {
		t.Cc[unix.VREPRINT] = vdisable
	}
	if err := unix.IoctlSetTermios(fd, setTermios, &t); err != nil {
		return nil, fmt.Errorf("setting the terminal's rerun key: %w", err)
	}
	return func() { unix.IoctlSetTermios(fd, setTermios, old) }, nil
}
