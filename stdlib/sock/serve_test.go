package sock

import (
	"io"
	"net"
	"os"
	"strings"
	"sync/atomic"
	"syscall"
	"testing"
	"time"
)

// flakyListener fails its first accepts with EMFILE, as a process at its
// open-file limit does, then accepts for real.
type flakyListener struct {
	net.Listener
	failures atomic.Int32
}

func (f *flakyListener) Accept() (net.Conn, error) {
	if f.failures.Add(-1) >= 0 {
		return nil, &net.OpError{Op: "accept", Net: "tcp", Addr: f.Addr(), Err: os.NewSyscallError("accept4", syscall.EMFILE)}
	}
	return f.Listener.Accept()
}

func TestServeOutlastsTemporaryAcceptFailures(t *testing.T) {
	for _, concurrently := range []bool{false, true} {
		ln, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			t.Fatal(err)
		}
		flaky := &flakyListener{Listener: ln}
		flaky.failures.Store(5)
		l := &Listener{ln: flaky, addr: ln.Addr().String()}

		r, w, _ := os.Pipe()
		oldStderr := os.Stderr
		os.Stderr = w
		done := make(chan struct{})
		go func() {
			defer close(done)
			serve := l.Serve
			if concurrently {
				serve = l.ServeConcurrently
			}
			serve(func(c *Conn) {
				line, _ := c.RecvLine()
				c.SendLine("hello " + line)
				l.Close()
			})
		}()
		c, err := net.Dial("tcp", ln.Addr().String())
		if err != nil {
			t.Fatal(err)
		}
		c.SetDeadline(time.Now().Add(10 * time.Second))
		c.Write([]byte("ann\n"))
		got, _ := io.ReadAll(c)
		c.Close()
		select {
		case <-done:
		case <-time.After(10 * time.Second):
			t.Fatal("Serve did not return after the listener closed")
		}
		os.Stderr = oldStderr
		w.Close()
		report, _ := io.ReadAll(r)
		if string(got) != "hello ann\n" {
			t.Errorf("concurrently=%v: client after five EMFILE failures got %q", concurrently, got)
		}
		if n := strings.Count(string(report), "too many open files"); n != 1 {
			t.Errorf("concurrently=%v: the failure was reported %d times, want once: %q", concurrently, n, report)
		}
	}
}
