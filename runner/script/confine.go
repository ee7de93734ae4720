package script

import (
	"fmt"
	"os"
	"strconv"

	"github.com/socklab/socklab/runner/confine"
	"github.com/socklab/socklab/runner/netgate"
	"github.com/socklab/socklab/runner/prestart"
	"github.com/socklab/socklab/runner/stall"
	"github.com/socklab/socklab/runner/wire/tap"
)

// confineProcess has the kernel hold this process to what o allows, from
// the script's folder dir, and sets its limits. It runs after the source
// is read and before any of it is interpreted; a layer the kernel lacks is
// skipped (the supervisor says so once), a layer it refuses stops the run.
// Call settle before the script runs (see confine.Apply). Once Landlock
// holds the process, it takes the processors a process of its own would
// have (prestart.RestoreProcs): the threads its runtime starts from then
// on are in Landlock's domain from their start.
func confineProcess(o Options, dir string) (settle func() error, err error) {
	if err := confine.SetLimits(o.Limits); err != nil {
		return nil, fmt.Errorf("socklab: %w", err)
	}
	if err := tap.Prepare(); err != nil { // the trace file, opened here
		return nil, fmt.Errorf("socklab: %w", err)
	}
	p := Policy(o, dir, netgate.OpenRegistrar(), os.Getenv)
	p.NetGuard, _ = strconv.Atoi(os.Getenv(confine.EnvNetGuard))
	p.Ruleset, _ = strconv.Atoi(os.Getenv(confine.EnvRuleset))
	_, settled, err := confine.ApplyAround(p, prestart.RestoreProcs)
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

// Policy is what the kernel holds the script process of o to, from the
// script's folder dir, given its environment (getenv) and whether it has
// a registrar (see netgate.OpenRegistrar). Its supervisor works it out too,
// to build the process's Landlock ruleset while the process starts.
func Policy(o Options, dir string, registrar bool, getenv func(string) string) confine.Policy {
	// The supervisor's folders: where the supervisor writes the gate's
	// announcements and port records for this process (which reads the
	// records), or where it writes them itself; and the stall records.
	var rw, ro []string
	if registrar {
		ro = append(ro, getenv(netgate.EnvPortMapDir))
	} else {
		rw = append(rw, getenv(netgate.EnvListenDir), getenv(netgate.EnvPortMapDir))
	}
	rw = append(rw, getenv(stall.EnvDir))
	return confine.Policy{
		Dir:       dir,
		ReadWrite: nonEmpty(rw),
		ReadOnly:  nonEmpty(ro),
		Net:       o.AllowNet,
		Files:     o.AllowFiles,
		Exec:      o.AllowExec,
		Debug:     o.AllowUnsafe,
	}
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
