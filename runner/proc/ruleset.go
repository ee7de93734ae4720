package proc

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"

	"github.com/socklab/socklab/runner/confine"
	"github.com/socklab/socklab/runner/netgate"
	"github.com/socklab/socklab/runner/script"
)

// ruleset hands the script process of cmd the Landlock ruleset of its
// policy, built here while the process starts (package prestart's starts
// before this is called), so that the process only has to enforce it. It
// returns this process's copy, to close once the process has started, or
// nil where the process builds its own or has none. Call it after every
// variable the policy reads is in cmd.Env, and before registrar.
func ruleset(cmd *exec.Cmd, o script.Options) (*os.File, error) {
	abs, err := filepath.Abs(o.Path)
	if err != nil {
		return nil, nil // the script process reports it
	}
	registrar := envValue(cmd.Env, netgate.EnvListenDir) != "" || envValue(cmd.Env, netgate.EnvPortMapDir) != ""
	p := script.Policy(o, filepath.Dir(abs), registrar, func(k string) string { return envValue(cmd.Env, k) })
	f, err := confine.Ruleset(p)
	if err != nil {
		return nil, fmt.Errorf("confining %s: %w", o.Display, err)
	}
	if f == nil {
		return nil, nil
	}
	fd := 3 + len(cmd.ExtraFiles)
	cmd.ExtraFiles = append(cmd.ExtraFiles, f)
	cmd.Env = append(cmd.Env, confine.EnvRuleset+"="+strconv.Itoa(fd))
	return f, nil
}
