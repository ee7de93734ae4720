package confine

import (
	"bytes"
	"os"
	"strconv"
	"syscall"
)

// dataInUse returns the bytes of private writable memory this process has
// mapped, which RLIMIT_DATA counts (VmData), or 0 if it cannot be read. It
// reads /proc/self/statm, one short line where /proc/self/status has
// fifty, whose sixth field counts the main thread's stack too (VmStk, some
// hundred KiB): the limit set from it is that much more generous. It reads
// with plain system calls, not an os.File, whose first opening sets up the
// runtime's poller (an epoll instance and its wake-up descriptor) in every
// script's start, for a file that could never wait.
func dataInUse() int64 {
	fd, err := syscall.Open("/proc/self/statm", syscall.O_RDONLY|syscall.O_CLOEXEC, 0)
	if err != nil {
		return 0
	}
	defer syscall.Close(fd)
	var buf [256]byte // seven numbers of at most 20 digits each
	n, err := syscall.Read(fd, buf[:])
	if err != nil || n <= 0 {
		return 0
	}
	f := bytes.Fields(buf[:n])
	if len(f) < 6 {
		return 0
	}
	pages, err := strconv.ParseInt(string(f[5]), 10, 64)
	if err != nil {
		return 0
	}
	return pages * int64(os.Getpagesize())
}
