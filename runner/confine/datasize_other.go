//go:build unix && !linux

package confine

// dataInUse is 0 where the kernel does not say (macOS does not enforce
// RLIMIT_DATA on mapped memory anyway).
func dataInUse() int64 { return 0 }
