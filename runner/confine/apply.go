package confine

import "fmt"

// Probe returns the layers this kernel offers.
func Probe() Layers {
	return Layers{Landlock: landlockABI(), Seccomp: seccompAvailable(), Net: netGuardAvailable()}
}

// Apply confines the calling process, and every process it starts, to p
// for good, and returns the layers now in force. A layer the kernel lacks
// is skipped; a layer the kernel has but refuses to set is an error, and
// the caller must not go on.
//
// The network guard, when p asks for one, is handed to the supervisor
// here, which takes it while the caller goes on setting up (under load the
// supervisor may wait a few milliseconds for a processor); settle waits
// until it has, and closes this process's copy of the guard. Call settle
// before anything of the script runs: until then the process holds the
// guard's listener, through which it could answer its own calls.
func Apply(p Policy) (l Layers, settle func() error, err error) {
	return ApplyAround(p, nil)
}

// ApplyAround is Apply, calling beside, when not nil, once Landlock holds
// every thread of the process (or the kernel lacks it) and before its
// system calls are filtered: the caller may start there work of its own
// that runs on another processor while the filters load, such as setting
// up what runs the script. Threads started from then on are in Landlock's
// domain from their start, and the filters, synced to every thread, hold
// them too before ApplyAround returns. Nothing of the script may run
// before it returns.
func ApplyAround(p Policy, beside func()) (l Layers, settle func() error, err error) {
	settle = func() error { return nil }
	if l.Landlock, err = applyLandlock(p, ""); err != nil {
		return l, settle, fmt.Errorf("confining the process: %w", err)
	}
	if beside != nil {
		beside()
	}
	if l.Seccomp, err = applySeccomp(p, p.Exec); err != nil {
		return l, settle, fmt.Errorf("confining the process: %w", err)
	}
	if p.NetGuard > 0 && !p.Net {
		s, err := guardNetwork(p.NetGuard)
		if err != nil {
			return l, settle, fmt.Errorf("confining the process: %w", err)
		}
		settle = func() error {
			if err := s(); err != nil {
				return fmt.Errorf("confining the process: %w", err)
			}
			return nil
		}
		l.Net = true
	}
	return l, settle, nil
}
