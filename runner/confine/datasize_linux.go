package confine

import (
	"bytes"
	"os"
	"strconv"
)

// dataInUse returns the bytes of private writable memory this process has
// mapped, which RLIMIT_DATA counts (VmData), or 0 if it cannot be read. It
// reads /proc/self/statm, one short line where /proc/self/status has
// fifty, whose sixth field counts the main thread's stack too (VmStk, some
// hundred KiB): the limit set from it is that much more generous.
func dataInUse() int64 {
	b, err := os.ReadFile("/proc/self/statm")
	if err != nil {
		return 0
	}
	f := bytes.Fields(b)
	if len(f) < 6 {
		return 0
	}
	pages, err := strconv.ParseInt(string(f[5]), 10, 64)
	if err != nil {
		return 0
	}
	return pages * int64(os.Getpagesize())
}
