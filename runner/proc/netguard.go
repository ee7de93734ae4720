package proc

import (
	"os/exec"
	"strconv"

	"github.com/socklab/socklab/runner/confine"
	"github.com/socklab/socklab/runner/script"
)

// netGuard hands the script process of cmd the socket of a network guard
// (see confine.NetGuard), so that the kernel holds it to loopback too,
// unless o lifts the rule or the kernel has no guard.
func netGuard(cmd *exec.Cmd, o script.Options) (*confine.NetGuard, error) {
	if o.AllowNet {
		return nil, nil
	}
	g, err := confine.NewNetGuard()
	if err != nil || g == nil {
		return nil, err
	}
	fd := 3 + len(cmd.ExtraFiles)
	cmd.ExtraFiles = append(cmd.ExtraFiles, g.ChildFile())
	cmd.Env = append(cmd.Env, confine.EnvNetGuard+"="+strconv.Itoa(fd))
	return g, nil
}
