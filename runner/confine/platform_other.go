//go:build !linux

package confine

import (
	"fmt"
	"syscall"
)

// landlockABI is 0: Landlock is Linux's.
func landlockABI() int { return 0 }

// seccompAvailable is false: seccomp is Linux's.
func seccompAvailable() bool { return false }

func applyLandlock(Policy, string) (int, error) { return 0, nil }

func applySeccomp(Policy, bool) (bool, error) { return false, nil }

// sysProcAttr is nil: without a parent-death signal the command may
// outlive a supervisor that is killed.
func sysProcAttr() *syscall.SysProcAttr { return nil }

func execve(path string, argv, env []string) error {
	if err := syscall.Exec(path, argv, env); err != nil {
		return fmt.Errorf("executing %s: %w", path, err)
	}
	return nil
}
