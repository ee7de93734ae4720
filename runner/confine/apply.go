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
func Apply(p Policy) (Layers, error) {
	var l Layers
	var err error
	if l.Landlock, err = applyLandlock(p, ""); err != nil {
		return l, fmt.Errorf("confining the process: %w", err)
	}
	if l.Seccomp, err = applySeccomp(p, p.Exec); err != nil {
		return l, fmt.Errorf("confining the process: %w", err)
	}
	if p.NetGuard > 0 && !p.Net {
		if err := guardNetwork(p.NetGuard); err != nil {
			return l, fmt.Errorf("confining the process: %w", err)
		}
		l.Net = true
	}
	return l, nil
}
