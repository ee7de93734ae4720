//go:build unix

package netgate

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"syscall"
)

// lockPorts takes the lock of the port records in dir, within this process
// and between processes: a POSIX record lock on the whole of dir/.lock,
// which seedpy.py takes as well (fcntl.lockf). It returns the function that
// releases it.
func lockPorts(dir string) (unlock func(), err error) {
	portsLock.Lock()
	f, err := os.OpenFile(filepath.Join(dir, ".lock"), os.O_RDWR|os.O_CREATE, 0o644)
	if err != nil {
		portsLock.Unlock()
		return nil, fmt.Errorf("locking the port records: %w", err)
	}
	lk := syscall.Flock_t{Type: syscall.F_WRLCK, Whence: io.SeekStart}
	for {
		err = syscall.FcntlFlock(f.Fd(), syscall.F_SETLKW, &lk)
		if err != syscall.EINTR {
			break
		}
	}
	if err != nil {
		f.Close()
		portsLock.Unlock()
		return nil, fmt.Errorf("locking the port records: %w", err)
	}
	// Closing the file releases the record lock.
	return func() { f.Close(); portsLock.Unlock() }, nil
}
