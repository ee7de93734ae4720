package script

import (
	"io"
	"io/fs"
	"os"
	"syscall"
)

// openPlain opens the file name for reading as os.Open does, but as a
// file Go's poller is not told of: os.Open offers every file it opens to
// the poller, and the first offer sets the poller up (an epoll instance
// and its wake-up descriptor) in the script process's start, for the
// script's own source, which never waits. A script that uses the network
// sets it up at its first socket.
func openPlain(name string) (*os.File, error) {
	for {
		fd, err := syscall.Open(name, syscall.O_RDONLY|syscall.O_CLOEXEC, 0)
		if err == syscall.EINTR {
			continue
		}
		if err != nil {
			return nil, &fs.PathError{Op: "open", Path: name, Err: err}
		}
		return os.NewFile(uintptr(fd), name), nil
	}
}

// readPlain returns the contents of the file name, as os.ReadFile does,
// read through openPlain.
func readPlain(name string) ([]byte, error) {
	f, err := openPlain(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return io.ReadAll(f)
}
