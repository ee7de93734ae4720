package confine

import (
	"bufio"
	"os"
	"strconv"
	"strings"
)

// dataInUse returns the bytes of private writable memory this process has
// mapped, which RLIMIT_DATA counts (VmData), or 0 if it cannot be read.
func dataInUse() int64 {
	f, err := os.Open("/proc/self/status")
	if err != nil {
		return 0
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if v, ok := strings.CutPrefix(sc.Text(), "VmData:"); ok {
			kb, err := strconv.ParseInt(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(v), "kB")), 10, 64)
			if err != nil {
				return 0
			}
			return kb << 10
		}
	}
	return 0
}
