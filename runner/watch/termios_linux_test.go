package watch_test

import (
	"os"

	"golang.org/x/sys/unix"
)

// termios reads the settings of the terminal f.
func termios(f *os.File) (*unix.Termios, error) {
	return unix.IoctlGetTermios(int(f.Fd()), unix.TCGETS)
}
