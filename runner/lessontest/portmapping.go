package lessontest

import (
	"fmt"
	"os"
	"path/filepath"

	"github.com/rogpeppe/go-internal/testscript"
	"github.com/socklab/socklab/runner/netgate"
)

// portMapping isolates tests that share the host 127.0.0.1: each test gets
// a folder of port records ($WORK/.ports), and each program of the test
// that listens on a port P really listens on a free port that the system
// chooses, which the test's other programs find in the folder when they
// connect to P (see package netgate and seedpy.py). Programs still print
// and see 127.0.0.1:P.
type portMapping struct{}

func (portMapping) isolate(e *testscript.Env) error {
	dir := filepath.Join(e.WorkDir, ".ports")
	if err := os.Mkdir(dir, 0o755); err != nil {
		return fmt.Errorf("creating the port records folder: %w", err)
	}
	e.Setenv(netgate.EnvPortMapDir, dir)
	return nil
}

func (portMapping) close() error { return nil }
