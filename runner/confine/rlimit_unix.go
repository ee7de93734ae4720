//go:build unix

package confine

import (
	"fmt"
	"syscall"
)

// setRlimits sets the kernel's limits of l on this process and its
// children, soft and hard alike, so that the program cannot raise them.
// The memory wall stands l.Memory above what the process has mapped
// already (the runtime's first heap, the threads' stacks), so that the
// program gets all of l.Memory whatever its runtime took to start.
func setRlimits(l Limits) error {
	set := func(name string, res int, n uint64) error {
		var cur syscall.Rlimit
		if err := syscall.Getrlimit(res, &cur); err == nil && cur.Max < n {
			n = cur.Max // an unprivileged process cannot raise its hard limit
		}
		if err := syscall.Setrlimit(res, &syscall.Rlimit{Cur: n, Max: n}); err != nil {
			return fmt.Errorf("setting the %s limit to %d: %w", name, n, err)
		}
		return nil
	}
	if err := set("core file", syscall.RLIMIT_CORE, 0); err != nil {
		return err
	}
	if l.Memory > 0 {
		if err := set("memory", syscall.RLIMIT_DATA, uint64(l.Memory+dataInUse())); err != nil {
			return err
		}
	}
	if l.Files > 0 {
		if err := set("open files", syscall.RLIMIT_NOFILE, uint64(l.Files)); err != nil {
			return err
		}
	}
	return nil
}
