// Package proc starts each script in a process of its own and supervises it:
// it feeds the script's input, passes on its output, stops it on request and
// turns a crash into a report that names the script's line.
//
// The script process is this same binary, re-executed with the script's
// options in its environment (see package script). Besides standard input
// and output it gets two error streams: its real standard error on file
// descriptor 3, and on descriptor 2 a diagnostic channel read here, where
// the interpreter's panic positions and Go's own crash report arrive. A
// student therefore never sees socklab's stack trace, only the report.
package proc

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/socklab/socklab/runner/asleep"
	"github.com/socklab/socklab/runner/confine"
	"github.com/socklab/socklab/runner/script"
)

// Spec describes a script process to start.
type Spec struct {
	Script script.Options
	Stdin  io.Reader // nil for no input
	Stdout io.Writer // nil to discard
	Stderr io.Writer // nil to discard
	Env    []string  // extra environment (network gate settings)
	// OwnGroup puts the process in a process group of its own, so that a
	// terminal's Ctrl-C reaches only the supervisor, which then stops it.
	OwnGroup bool
	// FrontCache keeps the front end's work on the script in the user's
	// cache and takes it from there for a rerun of the unchanged script
	// (see frontcache): for a student's own runs, never for a grade, which
	// trusts no file a script could have written.
	FrontCache bool
}

// Proc is a running script process.
type Proc struct {
	spec    Spec
	cmd     *exec.Cmd
	process process // os/exec's, or the one package prestart started
	pid     int
	waitFor func() (ending, error)
	ended   ending
	diag    limitedBuffer
	copying sync.WaitGroup // the copy of descriptor 3 into Spec.Stderr
	done    chan struct{}
	code    int
	output  *outputCap
	tooMuch atomic.Bool // the script passed its output limit
	report  io.Writer   // Spec.Stderr before the cap: where socklab's reports go
}

// A process is what a Proc needs of its script process.
type process interface {
	Signal(os.Signal) error
}

// Executable is the binary that runs scripts; tests point it elsewhere.
var Executable = func() (string, error) { return os.Executable() }

// Start starts the script process.
func Start(s Spec) (*Proc, error) {
	exe, err := Executable()
	if err != nil {
		return nil, fmt.Errorf("finding the socklab binary: %w", err)
	}
	if s.Stdout == nil {
		s.Stdout = io.Discard
	}
	if s.Stderr == nil {
		s.Stderr = io.Discard
	}
	p := &Proc{spec: s, done: make(chan struct{})}
	limits := s.Script.Limits.WithDefaults()
	p.output = &outputCap{limit: limits.Output, over: func() {
		p.tooMuch.Store(true)
		p.Signal(syscall.SIGKILL)
	}}
	p.report = s.Stderr
	if isTerminal(s.Stderr) {
		confine.Note(s.Stderr) // a kernel layer missing here: say so once
	}
	s.Stdout, s.Stderr = p.output.wrap(s.Stdout), p.output.wrap(s.Stderr)
	p.spec.Stdout, p.spec.Stderr = s.Stdout, s.Stderr
	cmd := exec.Command(exe, append([]string{s.Script.Path}, s.Script.Args...)...)
	cmd.Args[0] = os.Args[0]
	cmd.Env = append(append(os.Environ(), s.Env...), s.Script.Env()...)
	cmd.Stdin = s.Stdin
	cmd.Stdout = s.Stdout
	cmd.Stderr = &p.diag
	cmd.WaitDelay = time.Second
	cmd.SysProcAttr = sysProcAttr(s.OwnGroup)

	errFile, closeAfterStart, err := p.stderrFile()
	if err != nil {
		return nil, err
	}
	cmd.ExtraFiles = []*os.File{errFile}
	watch, err := asleep.Attach(cmd) // a cgo build's runtime reports no deadlock
	if err != nil {
		return nil, err
	}
	guard, err := netGuard(cmd, s.Script)
	if err != nil {
		return nil, err
	}
	feed, err := frontEnd(cmd, s.Script)
	if err != nil {
		return nil, err
	}
	if s.FrontCache {
		feed.useCache(exe)
	}
	rules, err := ruleset(cmd, s.Script)
	if err != nil {
		feed.drop()
		return nil, err
	}
	reg, regFile, err := registrar(cmd)
	if err != nil {
		feed.drop()
		if rules != nil {
			rules.Close()
		}
		return nil, err
	}
	p.cmd = cmd
	err = p.start(exe)
	feed.r.Close() // the script process's end: it has its own, or failed to start
	if rules != nil {
		rules.Close() // likewise
	}
	if closeAfterStart != nil {
		closeAfterStart.Close()
	}
	if reg != nil {
		cmd.ExtraFiles[len(cmd.ExtraFiles)-1].Close() // the script's end: it has its own
	}
	if watch != nil {
		watch.Started()
	}
	if err != nil {
		if watch != nil {
			watch.Close()
		}
		if guard != nil {
			guard.Close()
		}
		if reg != nil {
			regFile.Close()
		}
		feed.w.Close()
		return nil, fmt.Errorf("starting %s: %w", s.Script.Display, err)
	}
	if guard != nil {
		go guard.Watch(p.pid)
	}
	if reg != nil {
		reg.Pid = p.pid
		go reg.Serve(regFile)
	}
	if watch != nil {
		go watch.Watch(p.pid, p.done)
	}
	go p.wait()
	// The front end's work, last: the caller is about to wait, and leaves
	// it the processor (started earlier, it waited for one, or took it
	// from the process's start).
	go feed.run()
	return p, nil
}

// stderrFile returns the file to hand the script as its standard error: the
// caller's own when it is a file, else a pipe copied into Spec.Stderr.
func (p *Proc) stderrFile() (f *os.File, closeAfterStart *os.File, err error) {
	if f, ok := p.spec.Stderr.(*os.File); ok {
		return f, nil, nil
	}
	r, w, err := os.Pipe()
	if err != nil {
		return nil, nil, fmt.Errorf("creating a pipe: %w", err)
	}
	p.copying.Add(1)
	go func() {
		defer p.copying.Done()
		io.Copy(p.spec.Stderr, r)
		r.Close()
	}()
	return w, w, nil
}

// start starts the process of p.cmd, or hands it to the one started early
// (see startEarly).
func (p *Proc) start(exe string) error {
	if process, wait, ok := startEarly(p.cmd, exe, p.spec.OwnGroup); ok {
		p.process, p.pid, p.waitFor = process, process.Pid(), wait
		return nil
	}
	if err := p.cmd.Start(); err != nil {
		return err
	}
	p.process, p.pid = p.cmd.Process, p.cmd.Process.Pid
	p.waitFor = func() (ending, error) {
		err := p.cmd.Wait()
		var ee *exec.ExitError
		if err != nil && !errors.As(err, &ee) {
			return ending{}, err
		}
		return endingOf(p.cmd.ProcessState), nil
	}
	return nil
}

func (p *Proc) wait() {
	var err error
	p.ended, err = p.waitFor()
	p.copying.Wait()
	p.code = p.exitCode(err)
	close(p.done)
}

// exitCode turns how the process ended into socklab's exit status, and
// reports a crash on the script's standard error.
func (p *Proc) exitCode(err error) int {
	if err != nil {
		fmt.Fprintf(p.report, "socklab: %s: %v\n", p.spec.Script.Display, err)
		return 1
	}
	if p.tooMuch.Load() {
		l := p.spec.Script.Limits.WithDefaults()
		fmt.Fprintf(p.report, "%s: stopped: the script wrote more than %s of output (change the limit with %s)\n",
			p.spec.Script.Display, confine.Size(l.Output), confine.FlagOutput)
		return 1
	}
	if p.ended.signal != 0 {
		return 128 + int(p.ended.signal)
	}
	code := p.ended.code
	if c, ok := parseCrash(p.diag.Bytes()); ok {
		if c.endOfInput {
			return 0
		}
		if c.limitMessage(p.spec.Script.Limits) {
			if c.pos == "" {
				// Where the limit was met is not known: no script frame
				// survives in the runtime's report of it.
				fmt.Fprintf(p.report, "%s: %s\n", p.spec.Script.Display, c.msg)
			} else {
				fmt.Fprintln(p.report, c.report(p.spec.Script.Display, script.Source(p.spec.Script)))
			}
			return 2 // as Go's runtime ends a program at its limits
		}
		fmt.Fprintln(p.report, c.report(p.spec.Script.Display, script.Source(p.spec.Script)))
		return 2 // as Go's runtime ends a program that panics
	}
	return code
}

// Done is closed when the process has ended.
func (p *Proc) Done() <-chan struct{} { return p.done }

// Wait waits for the process to end and returns its exit status: the
// script's os.Exit code, 1 for a script that could not start, 2 for one
// that panicked, 128+N for a signal.
func (p *Proc) Wait() int {
	<-p.done
	return p.code
}

// Pid returns the process id.
func (p *Proc) Pid() int { return p.pid }

// Signal sends sig to the process (to its group when it has its own).
func (p *Proc) Signal(sig syscall.Signal) {
	if p.spec.OwnGroup {
		syscall.Kill(-p.pid, sig)
		return
	}
	p.process.Signal(sig)
}

// Stop ends the process: SIGTERM, then SIGKILL if it is still there after
// grace. It returns once the process has ended, so its ports are free.
func (p *Proc) Stop(grace time.Duration) int {
	select {
	case <-p.done:
		return p.code
	default:
	}
	p.Signal(syscall.SIGTERM)
	select {
	case <-p.done:
	case <-time.After(grace):
		p.Signal(syscall.SIGKILL)
		<-p.done
	}
	return p.code
}

// limitedBuffer keeps the first 1 MiB written to it: enough for any crash
// report, while a script that floods descriptor 2 cannot fill memory.
type limitedBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

const diagLimit = 1 << 20

func (b *limitedBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if room := diagLimit - b.buf.Len(); room > 0 {
		b.buf.Write(p[:min(room, len(p))])
	}
	return len(p), nil
}

func (b *limitedBuffer) Bytes() []byte {
	b.mu.Lock()
	defer b.mu.Unlock()
	return bytes.Clone(b.buf.Bytes())
}

// Display returns how messages should name path: relative to the current
// folder when it lies below it, else as it is.
func Display(path string) string {
	abs, err := filepath.Abs(path)
	if err != nil {
		return path
	}
	wd, err := os.Getwd()
	if err != nil {
		return path
	}
	if rel, err := filepath.Rel(wd, abs); err == nil && !filepath.IsAbs(rel) && rel != "" && rel[0] != '.' {
		return rel
	}
	return path
}
