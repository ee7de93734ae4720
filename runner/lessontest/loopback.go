package lessontest

import (
	"errors"
	"fmt"
	"math/rand/v2"
	"net"
	"sync/atomic"
)

// loopbackPool hands each test a loopback address of its own, 127.R.x.y,
// so that lessons which all listen on 127.0.0.1:12345 run side by side.
//
// R is chosen at random for the harness run and claimed for as long as the
// run lasts, so that two runs on one machine (two terminals, two CI jobs)
// do not hand out the same addresses. The claim is a listening Unix socket
// in Linux's abstract namespace: it needs no file and vanishes with the
// process, however the process ends.
type loopbackPool struct {
	second int
	claim  net.Listener
	next   atomic.Uint32
}

// perRun is how many addresses one run can hand out: x and y in 1..250.
const perRun = 250 * 250

func newLoopbackPool() (*loopbackPool, error) {
	var lastErr error
	for _, r := range rand.Perm(254) {
		second := r + 1 // 127.0.x.y holds well-known addresses (127.0.0.1, 127.0.0.53): avoid it
		ln, err := net.Listen("unix", fmt.Sprintf("@socklab-loopback-%d", second))
		if err == nil {
			return &loopbackPool{second: second, claim: ln}, nil
		}
		lastErr = err
	}
	return nil, fmt.Errorf("claiming a loopback range for the tests: %w", lastErr)
}

// take returns a loopback address no other test of any run is using.
func (p *loopbackPool) take() (string, error) {
	n := p.next.Add(1) - 1
	if n >= perRun {
		return "", errors.New("out of loopback addresses for this run")
	}
	return fmt.Sprintf("127.%d.%d.%d", p.second, 1+n/250, 1+n%250), nil
}

func (p *loopbackPool) close() error { return p.claim.Close() }
