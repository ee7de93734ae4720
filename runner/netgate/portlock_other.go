//go:build !unix

package netgate

// lockPorts takes the lock of the port records in dir. Without POSIX
// record locks, it only orders the listens of this process.
func lockPorts(dir string) (unlock func(), err error) {
	portsLock.Lock()
	return portsLock.Unlock, nil
}
