package confine

import (
	"fmt"
	"runtime"

	"golang.org/x/sys/unix"
)

// withNoNewPrivs runs load, a system call that the kernel takes only from
// a thread with no_new_privs (a seccomp filter, a Landlock domain), and
// returns its error.
//
// A script process has the flag from its start on every thread (see
// inheritedNoNewPrivs), so load runs on whichever thread the goroutine is
// on. Holding a thread for the flag and the call, as a process without it
// must, costs a thread more the first time: the runtime starts its
// template thread at the first runtime.LockOSThread, on the way of every
// script's start. Should the flag be missing after all, the call fails and
// is made again on a held thread that has it set.
func withNoNewPrivs(load func() error) error {
	if inheritedNoNewPrivs() && load() == nil {
		return nil
	}
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	if err := unix.Prctl(unix.PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0); err != nil {
		return fmt.Errorf("prctl(PR_SET_NO_NEW_PRIVS): %w", err)
	}
	return load()
}
