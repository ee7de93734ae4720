//go:build !linux

package confine

import (
	"fmt"
	"os"
	"syscall"
)

// landlockABI is 0: Landlock is Linux's.
func landlockABI() int { return 0 }

// seccompAvailable is false: seccomp is Linux's.
func seccompAvailable() bool { return false }

func applyLandlock(Policy, string) (int, error) { return 0, nil }

// Ruleset returns nil: there is no Landlock here.
func Ruleset(Policy) (*os.File, error) { return nil, nil }

func applySeccomp(Policy, bool) (bool, error) { return false, nil }

// netGuardAvailable is false: the guard is seccomp's.
func netGuardAvailable() bool { return false }

func guardNetwork(int) (func() error, error) { return func() error { return nil }, nil }

// A NetGuard is the supervisor's side of a network guard, which other
// systems do not have.
type NetGuard struct{}

// NewNetGuard returns nil: there is no guard here.
func NewNetGuard() (*NetGuard, error) { return nil, nil }

// ChildFile is nil.
func (g *NetGuard) ChildFile() *os.File { return nil }

// Watch does nothing.
func (g *NetGuard) Watch(int) {}

// Close does nothing.
func (g *NetGuard) Close() {}

// sysProcAttr is nil: without a parent-death signal the command may
// outlive a supervisor that is killed.
func sysProcAttr() *syscall.SysProcAttr { return nil }

func execve(path string, argv, env []string) error {
	if err := syscall.Exec(path, argv, env); err != nil {
		return fmt.Errorf("executing %s: %w", path, err)
	}
	return nil
}
