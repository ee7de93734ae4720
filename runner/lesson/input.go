package lesson

import (
	"bytes"
	"fmt"
	"io"
	"os"
)

// Forward returns a pipe that carries what arrives on src, for a program in
// a process group of its own: such a program may not read the terminal
// itself. onEnter, if not nil, runs for each newline passed on. The pipe is
// closed at the end of src. The caller closes the returned file once the
// program has started.
func Forward(src io.Reader, onEnter func()) (*os.File, error) {
	r, w, err := os.Pipe()
	if err != nil {
		return nil, fmt.Errorf("creating a pipe for the client's input: %w", err)
	}
	go func() {
		defer w.Close()
		buf := make([]byte, 4096)
		for {
			n, err := src.Read(buf)
			if n > 0 {
				// The terminal has echoed the newline already: say so
				// before the program can answer it.
				if onEnter != nil && bytes.IndexByte(buf[:n], '\n') >= 0 {
					onEnter()
				}
				if _, werr := w.Write(buf[:n]); werr != nil {
					return
				}
			}
			if err != nil {
				return
			}
		}
	}()
	return r, nil
}

// IsTerminal reports whether f is a terminal (a character device), whose
// echo of Enter moves the cursor to a new line.
func IsTerminal(f *os.File) bool {
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}
