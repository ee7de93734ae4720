package sock

import (
	"errors"
	"fmt"
	"net"
	"os"
	"syscall"
	"time"
)

// Accept failures that pass: the process is out of file descriptors until a
// client leaves, or a client gave up before it was accepted. net/http waits
// and retries on these rather than stopping the server, and so does Serve.
var temporary = []error{syscall.EMFILE, syscall.ENFILE, syscall.ENOBUFS, syscall.ENOMEM,
	syscall.ECONNABORTED, syscall.ECONNRESET, syscall.EAGAIN, syscall.EINTR}

// The pause after a temporary failure doubles from minPause up to maxPause,
// as in net/http's Server.Serve.
const (
	minPause = 5 * time.Millisecond
	maxPause = time.Second
)

// next waits for Serve's next client. It reports false once the listener is
// closed, retries temporary failures after a growing pause (telling the
// user about the first one), and ends the script on any other failure.
func (l *Listener) next() (net.Conn, bool) {
	var pause time.Duration
	for {
		c, err := l.ln.Accept()
		if err == nil {
			return c, true
		}
		if errors.Is(err, net.ErrClosed) {
			return nil, false
		}
		if !isTemporary(err) {
			fail("accept on", l.addr, err)
		}
		pause = min(max(2*pause, minPause), maxPause)
		if !l.told {
			l.told = true
			fmt.Fprintf(os.Stderr, "accept on %s: %v; the server waits and tries again, up to once a second (said once)\n",
				l.addr, cause(err))
		}
		time.Sleep(pause)
	}
}

func isTemporary(err error) bool {
	for _, t := range temporary {
		if errors.Is(err, t) {
			return true
		}
	}
	return false
}

// cause strips the operation and addresses from a *net.OpError, which the
// report already names.
func cause(err error) error {
	var oe *net.OpError
	if errors.As(err, &oe) && oe.Err != nil {
		var se *os.SyscallError
		if errors.As(oe.Err, &se) {
			return se.Err
		}
		return oe.Err
	}
	return err
}
