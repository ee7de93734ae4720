package lessontest

import (
	"errors"
	"fmt"
	"math/rand/v2"
	"net"
	"runtime"
	"sync/atomic"

	"github.com/rogpeppe/go-internal/testscript"
	"github.com/socklab/socklab/runner/netgate"
)

// loopbackPool hands each test a loopback address of its own, 127.R.x.y,
// so that lessons which all listen on 127.0.0.1:12345 run side by side.
//
// R is chosen at random for the harness run. On Linux it is claimed for as
// long as the run lasts, so that two runs on one machine (two terminals,
// two CI jobs) do not hand out the same addresses. The claim is a listening
// Unix socket in Linux's abstract namespace: it needs no file and vanishes
// with the process, however the process ends. Elsewhere (where 127.R.x.y
// addresses exist only if added by hand) R is not claimed.
type loopbackPool struct {
	second int
	claim  net.Listener // nil when not claimed
	next   atomic.Uint32
}

// perRun is how many addresses one run can hand out: x and y in 1..250.
const perRun = 250 * 250

// errNoLoopbackRange says that 127.R.x.y addresses cannot be bound here.
var errNoLoopbackRange = errors.New("only 127.0.0.1 is a usable loopback address")

// newLoopbackPool chooses and claims R, or fails with errNoLoopbackRange
// if addresses in 127.R.0.0/16 cannot be bound.
func newLoopbackPool() (*loopbackPool, error) {
	var lastErr error
	for _, r := range rand.Perm(254) {
		second := r + 1 // 127.0.x.y holds well-known addresses (127.0.0.1, 127.0.0.53): avoid it
		claim, err := claimRange(second)
		if err != nil {
			lastErr = err
			continue
		}
		if !bindable(second) {
			if claim != nil {
				claim.Close()
			}
			return nil, errNoLoopbackRange
		}
		return &loopbackPool{second: second, claim: claim}, nil
	}
	return nil, fmt.Errorf("claiming a loopback range for the tests: %w", lastErr)
}

// claimRange claims 127.second.0.0/16 for this run on Linux; elsewhere it
// claims nothing (an abstract socket name would be a file there).
func claimRange(second int) (net.Listener, error) {
	if runtime.GOOS != "linux" {
		return nil, nil
	}
	return net.Listen("unix", fmt.Sprintf("@socklab-loopback-%d", second))
}

// bindable reports whether the first address of 127.second.0.0/16 that the
// pool hands out can be bound.
func bindable(second int) bool {
	ln, err := net.Listen("tcp", fmt.Sprintf("127.%d.1.1:0", second))
	if err != nil {
		return false
	}
	ln.Close()
	return true
}

// take returns a loopback address no other test of any run is using.
func (p *loopbackPool) take() (string, error) {
	n := p.next.Add(1) - 1
	if n >= perRun {
		return "", errors.New("out of loopback addresses for this run")
	}
	return fmt.Sprintf("127.%d.%d.%d", p.second, 1+n/250, 1+n%250), nil
}

// isolate maps the test's 127.0.0.1 to an address of its own.
func (p *loopbackPool) isolate(e *testscript.Env) error {
	host, err := p.take()
	if err != nil {
		return err
	}
	e.Setenv(netgate.EnvHostMap, netgate.FormatHostMap(map[string]string{"127.0.0.1": host}))
	return nil
}

func (p *loopbackPool) close() error {
	if p.claim == nil {
		return nil
	}
	return p.claim.Close()
}
