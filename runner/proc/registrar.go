package proc

import (
	"fmt"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"syscall"

	"github.com/socklab/socklab/runner/netgate"
)

// registrar hands the script process of cmd a socket over which it asks
// this process to write its listen announcements and port records (see
// netgate.Registrar), where its environment names folders for them. It
// returns the supervisor's end, or nil.
func registrar(cmd *exec.Cmd) (*netgate.Registrar, *os.File, error) {
	g := &netgate.Registrar{ListenDir: envValue(cmd.Env, netgate.EnvListenDir), PortDir: envValue(cmd.Env, netgate.EnvPortMapDir)}
	if g.ListenDir == "" && g.PortDir == "" {
		return nil, nil, nil
	}
	fds, err := syscall.Socketpair(syscall.AF_UNIX, syscall.SOCK_STREAM, 0)
	if err != nil {
		return nil, nil, fmt.Errorf("creating the registrar's socket: %w", err)
	}
	syscall.CloseOnExec(fds[0])
	syscall.CloseOnExec(fds[1])
	own, child := os.NewFile(uintptr(fds[0]), "registrar"), os.NewFile(uintptr(fds[1]), "registrar")
	fd := 3 + len(cmd.ExtraFiles)
	cmd.ExtraFiles = append(cmd.ExtraFiles, child)
	cmd.Env = append(cmd.Env, netgate.EnvRegistrar+"="+strconv.Itoa(fd))
	return g, own, nil
}

// envValue is the last value of key in env.
func envValue(env []string, key string) string {
	v := ""
	for _, kv := range env {
		if k, val, ok := strings.Cut(kv, "="); ok && k == key {
			v = val
		}
	}
	return v
}
