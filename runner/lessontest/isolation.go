package lessontest

import (
	"errors"
	"os"

	"github.com/rogpeppe/go-internal/testscript"
)

// EnvPortMap set to "1" makes the harness isolate tests by port mapping
// even where each test could have a loopback address of its own, as
// Options.PortMap does.
const EnvPortMap = "SOCKLAB_TEST_PORTMAP"

// An isolation keeps the addresses of each test's programs apart from those
// of the other tests, so that lessons which all listen on 127.0.0.1:12345
// run side by side.
type isolation interface {
	// isolate sets the environment of a test so that the addresses its
	// programs use are its own.
	isolate(e *testscript.Env) error
	close() error
}

// newIsolation chooses how tests are isolated: by a loopback address of
// their own where 127.R.x.y addresses can be bound (Linux binds all of
// 127.0.0.0/8), else by port mapping (macOS and the BSDs bind only
// 127.0.0.1 unless told otherwise). ports forces port mapping.
func newIsolation(ports bool) (isolation, error) {
	if ports || os.Getenv(EnvPortMap) == "1" {
		return portMapping{}, nil
	}
	pool, err := newLoopbackPool()
	if errors.Is(err, errNoLoopbackRange) {
		return portMapping{}, nil
	}
	if err != nil {
		return nil, err
	}
	return pool, nil
}
