package lesson

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"sync"
	"time"

	"github.com/socklab/socklab/runner/proc"
	"github.com/socklab/socklab/runner/script"
)

// Config says how to run a lesson.
type Config struct {
	Lesson  *Lesson
	Options func(path string) script.Options // each program's script options
	Stdin   *os.File                         // the client's input; nil for none
	Stdout  io.Writer                        // the terminal's output
	Stderr  io.Writer                        // the terminal's error output
	Output  *Mux                             // marks each program's lines; nil for a new Mux

	// Listening, if not nil, is told where the server listens, before the
	// client starts.
	Listening func(addr string)

	// ListenTimeout bounds the wait for the server to listen; 0 means 10s.
	ListenTimeout time.Duration
}

// StopGrace is how long a program may take to end after SIGTERM before it
// is killed.
const StopGrace = 500 * time.Millisecond

// A Run is a lesson whose server listens and whose client runs.
type Run struct {
	Addr   string // where the server listens, as it wrote it
	server *proc.Proc
	client *proc.Proc
	done   chan struct{}
	stop   sync.Once
}

// NotListeningError says the server never listened, so the client was not
// started. The server's own output has already said why, if it knew.
type NotListeningError struct {
	Server string
	Code   int // the server's exit status, when it ended
	Err    error
}

func (e *NotListeningError) Error() string {
	if errors.Is(e.Err, errEnded) {
		return fmt.Sprintf("%s ended (exit status %d) before it listened, so the client was not started", e.Server, e.Code)
	}
	return fmt.Sprintf("%s %v", e.Server, e.Err)
}

func (e *NotListeningError) Unwrap() error { return e.Err }

// Start starts the lesson's server, waits until it listens, then starts the
// client. It returns once both run; Wait then waits for the client. Both
// programs run in process groups of their own, so that a terminal's Ctrl-C
// reaches only the caller, which stops them with Stop.
func Start(ctx context.Context, c Config) (*Run, error) {
	l := c.Lesson
	out := c.Output
	if out == nil {
		out = NewMux(l.Labels()...)
	}
	lw, err := newListenWatch()
	if err != nil {
		return nil, err
	}
	defer lw.Close()

	r := &Run{done: make(chan struct{})}
	r.server, err = startProgram(c, out, l.Server, nil, lw.Env())
	if err != nil {
		return nil, err
	}
	timeout := c.ListenTimeout
	if timeout == 0 {
		timeout = 10 * time.Second
	}
	r.Addr, err = lw.Wait(ctx, r.server.Done(), timeout)
	if err != nil {
		code := r.server.Stop(StopGrace)
		if ctx.Err() != nil {
			return nil, ctx.Err()
		}
		return nil, &NotListeningError{Server: l.Server, Code: code, Err: err}
	}
	if c.Listening != nil {
		c.Listening(r.Addr)
	}
	r.client, err = startProgram(c, out, l.Client, c.Stdin)
	if err != nil {
		r.server.Stop(StopGrace)
		return nil, err
	}
	go func() {
		<-r.client.Done()
		r.server.Stop(StopGrace)
		close(r.done)
	}()
	return r, nil
}

func startProgram(c Config, out *Mux, name string, stdin *os.File, env ...string) (*proc.Proc, error) {
	label := strings.TrimSuffix(name, ".go")
	spec := proc.Spec{
		Script:   c.Options(c.Lesson.Path(name)),
		Stdout:   out.Stream(label, c.Stdout),
		Stderr:   out.Stream(label, c.Stderr),
		Env:      env,
		OwnGroup: true,
	}
	if stdin != nil {
		spec.Stdin = stdin // an *os.File goes to the program as it is
	}
	return proc.Start(spec)
}

// Labels returns the names that mark the server's and the client's lines,
// for a Mux shared with other writers.
func (l *Lesson) Labels() []string {
	return []string{strings.TrimSuffix(l.Server, ".go"), strings.TrimSuffix(l.Client, ".go")}
}

// Done is closed when the client has ended and the server has been stopped.
func (r *Run) Done() <-chan struct{} { return r.done }

// Wait waits for the client to end, stops the server and returns the
// client's exit status.
func (r *Run) Wait() int {
	<-r.done
	return r.client.Wait()
}

// Stop stops the client and the server and returns the client's exit
// status. Both have ended, and their ports are free, when it returns.
func (r *Run) Stop() int {
	// Once the client has ended, the goroutine of Start stops the server:
	// each program is stopped once, by one hand.
	r.stop.Do(func() { r.client.Stop(StopGrace) })
	<-r.done
	return r.client.Wait()
}
