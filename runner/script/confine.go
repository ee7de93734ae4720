package script

import (
	"fmt"
	"os"
	"strconv"

	"github.com/socklab/socklab/runner/confine"
	"github.com/socklab/socklab/runner/netgate"
	"github.com/socklab/socklab/runner/stall"
	"github.com/socklab/socklab/runner/wire/tap"
)

// confineProcess has the kernel hold this process to what o allows, from
// the script's folder dir, and sets its limits. It runs after the source
// is read and before any of it is interpreted; a layer the kernel lacks is
// skipped (the supervisor says so once), a layer it refuses stops the run.
// Call settle before the script runs (see confine.Apply).
func confineProcess(o Options, dir string) (settle func() error, err error) {
	if err := confine.SetLimits(o.Limits); err != nil {
		return nil, fmt.Errorf("socklab: %w", err)
	}
	// The supervisor's folders: where the supervisor writes the
	// gate's announcements and port records for this process (which reads
	// the records), or where it writes them itself; its trace file, opened
	// here; and the stall records.
	var rw, ro []string
	if err := tap.Prepare(); err != nil {
		return nil, fmt.Errorf("socklab: %w", err)
	}
	if netgate.OpenRegistrar() {
		ro = append(ro, os.Getenv(netgate.EnvPortMapDir))
	} else {
		rw = append(rw, os.Getenv(netgate.EnvListenDir), os.Getenv(netgate.EnvPortMapDir))
	}
	rw = append(rw, os.Getenv(stall.EnvDir))
	guard, _ := strconv.Atoi(os.Getenv(confine.EnvNetGuard))
	_, settled, err := confine.Apply(confine.Policy{
		Dir:       dir,
		ReadWrite: nonEmpty(rw),
		ReadOnly:  nonEmpty(ro),
		NetGuard:  guard,
		Net:       o.AllowNet,
		Files:     o.AllowFiles,
		Exec:      o.AllowExec,
		Debug:     o.AllowUnsafe,
	})
	if err != nil {
		return nil, fmt.Errorf("socklab: %w", err)
	}
	return func() error {
		if err := settled(); err != nil {
			return fmt.Errorf("socklab: %w", err)
		}
		return nil
	}, nil
}

func nonEmpty(dirs []string) []string {
	var out []string
	for _, d := range dirs {
		if d != "" {
			out = append(out, d)
		}
	}
	return out
}
