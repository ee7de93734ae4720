package proc

import (
	"fmt"
	"os"
	"os/exec"
	"strconv"

	"github.com/socklab/socklab/runner/front"
	"github.com/socklab/socklab/runner/hint"
	"github.com/socklab/socklab/runner/script"
)

// frontEnd starts the front end's work on the script o in this process,
// while the script process starts, and gives the process the read end of
// the pipe it writes the work to (see script.Front). It returns that end,
// which the caller closes once the process has started.
func frontEnd(cmd *exec.Cmd, o script.Options) (*os.File, error) {
	r, w, err := os.Pipe()
	if err != nil {
		return nil, fmt.Errorf("creating the front end's pipe: %w", err)
	}
	fd := 3 + len(cmd.ExtraFiles)
	cmd.ExtraFiles = append(cmd.ExtraFiles, r)
	cmd.Env = append(cmd.Env, front.EnvFD+"="+strconv.Itoa(fd))
	hints := hint.On(envValue(cmd.Env, hint.EnvAfter))
	go func() {
		defer w.Close()
		script.Front(o, hints, w)
	}()
	return r, nil
}
