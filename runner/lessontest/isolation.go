package lessontest

import (
	"errors"
	"fmt"
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

// isolate chooses how the tests of h are kept apart: each in a network
// namespace of its own where the system allows it (see namespace.go);
// else by a loopback address of its own where 127.R.x.y addresses can be
// bound (Linux binds all of 127.0.0.0/8); else by port mapping (macOS and
// the BSDs bind only 127.0.0.1 unless told otherwise). Options.PortMap
// forces port mapping, and Options.NoNamespace the address of its own.
func (h *Harness) isolate() error {
	if h.opts.PortMap || os.Getenv(EnvPortMap) == "1" {
		h.iso = portMapping{}
		return nil
	}
	if !h.opts.NoNamespace {
		ns, err := newNamespaces(h)
		if err == nil {
			h.ns, h.iso = ns, sameAddress{}
			return nil
		}
		h.note = fmt.Sprintf("each test gets a loopback address of its own, not a network namespace (%v): its programs can reach other ports on this machine", err)
	}
	pool, err := newLoopbackPool()
	switch {
	case errors.Is(err, errNoLoopbackRange):
		h.iso = portMapping{}
	case err != nil:
		return err
	default:
		h.iso = pool
	}
	return nil
}

// sameAddress leaves a test's addresses as its programs write them: the
// test runs in a network namespace of its own, whose 127.0.0.1 no other
// test shares.
type sameAddress struct{}

func (sameAddress) isolate(*testscript.Env) error { return nil }
func (sameAddress) close() error                  { return nil }
