package script

import (
	"fmt"
	"os"
	"strconv"

	"github.com/socklab/socklab/runner/confine"
	"github.com/socklab/socklab/runner/netgate"
	"github.com/socklab/socklab/runner/stall"
	"github.com/socklab/socklab/runner/wire"
)

// confineProcess has the kernel hold this process to what o allows, from
// the script's folder dir, and sets its limits. It runs after the source
// is read and before any of it is interpreted; a layer the kernel lacks is
// skipped (the supervisor says so once), a layer it refuses stops the run.
func confineProcess(o Options, dir string) error {
	if err := confine.SetLimits(o.Limits); err != nil {
		return fmt.Errorf("socklab: %w", err)
	}
	var rw []string // the supervisor's folders, where the network gate, the recorder and the stall records write
	for _, env := range []string{netgate.EnvListenDir, netgate.EnvPortMapDir, wire.EnvDir, stall.EnvDir} {
		if d := os.Getenv(env); d != "" {
			rw = append(rw, d)
		}
	}
	guard, _ := strconv.Atoi(os.Getenv(confine.EnvNetGuard))
	_, err := confine.Apply(confine.Policy{
		Dir:       dir,
		ReadWrite: rw,
		NetGuard:  guard,
		Net:       o.AllowNet,
		Files:     o.AllowFiles,
		Exec:      o.AllowExec,
		Debug:     o.AllowUnsafe,
	})
	if err != nil {
		return fmt.Errorf("socklab: %w", err)
	}
	return nil
}
