// Package tap connects a script process's network gate to the wire: it
// reads from the environment whether the supervisor wants the process's
// connections recorded (wire.EnvDir) or shaken (wire.EnvFaults, with
// wire.EnvSeed), and sets the gate's tap accordingly. With neither asked
// for, it sets no tap at all, and connections stay the system's own.
package tap

import (
	"fmt"
	"math/rand/v2"
	"net"
	"os"
	"strconv"
	"strings"
	"sync/atomic"
	"time"

	"github.com/socklab/socklab/runner/netgate"
	"github.com/socklab/socklab/runner/wire"
	"github.com/socklab/socklab/runner/wire/faults"
	"github.com/socklab/socklab/runner/wire/recorder"
)

// prepared is this process's trace file, created by Prepare.
var prepared *wire.Writer

// Prepare creates this process's trace file, if the environment asks for
// one, before the process is confined: the folder of trace files is then
// none of its business (see package confine), and no process can write
// another's file or a file of a process that is not there.
func Prepare() error {
	dir := os.Getenv(wire.EnvDir)
	if dir == "" || prepared != nil {
		return nil
	}
	w, err := wire.Create(dir, os.Getpid())
	if err != nil {
		return err
	}
	prepared = w
	return nil
}

// recording is this process's recorder, set by Install when the
// supervisor asks for a trace.
var recording *recorder.Recorder

// userFlags are the flags of the command that shows the wire to the user
// (wire.EnvFlags), read by Install: the script's environment loses them.
var userFlags []string

// Install sets the tap of this process for the program named program
// ("server.go"), as the environment asks.
func Install(program string) error {
	dir, spec := os.Getenv(wire.EnvDir), os.Getenv(wire.EnvFaults)
	if dir == "" && spec == "" {
		return nil
	}
	userFlags = strings.Fields(os.Getenv(wire.EnvFlags))
	var sp faults.Spec
	seed := uint64(time.Now().UnixNano())
	if spec != "" {
		var err error
		if sp, err = faults.Parse(spec); err != nil {
			return fmt.Errorf("%s: %w", wire.EnvFaults, err)
		}
		if s := os.Getenv(wire.EnvSeed); s != "" {
			n, err := strconv.ParseInt(s, 10, 64)
			if err != nil {
				return fmt.Errorf("%s=%q: %w", wire.EnvSeed, s, err)
			}
			seed = uint64(n)
		}
	}
	if spec != "" {
		// Pacing (a lesson test's inner tap, see package pace) makes each
		// write wait until the peer has read the one before; faults cut a
		// send into pieces precisely so that the peer meets them unread,
		// and two programs that both send before they read would wait on
		// each other piece by piece. Under faults, the wire is the faults'.
		netgate.SetInnerTap(nil)
	}
	var rec *recorder.Recorder
	defer func() { recording = rec }()
	if dir != "" {
		if err := Prepare(); err != nil {
			return err
		}
		w := prepared
		shown := ""
		if spec != "" {
			shown = fmt.Sprintf("%s (seed %d)", sp, int64(seed))
		}
		rec = recorder.New(w, program, shown, netgate.Display)
	}
	var conns atomic.Uint64
	netgate.SetTap(func(c net.Conn, accepted bool) net.Conn {
		if rec != nil {
			c = rec.Wrap(c, accepted)
		}
		if spec != "" {
			// Each connection draws from a source of its own, so that the
			// pieces repeat whatever order goroutines run in.
			c = sp.Wrap(c, rand.New(rand.NewPCG(seed, conns.Add(1))))
		}
		return c
	})
	return nil
}
