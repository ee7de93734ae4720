// Package prestart starts the script process of `socklab run` while the
// supervisor is still starting, so that the two starts overlap.
//
// Both processes are this binary, and each spends most of its start in Go's
// runtime and the initialisers of the packages it links (all of Go's
// standard library, which a script may import): milliseconds, paid twice
// one after the other when the supervisor starts the script process only
// once it knows what to run. Package spawn's initialiser, which needs
// only runtime and unsafe and so runs among the very first, starts the
// script process at once when the command line is `socklab run`, with
// nothing but a control socket (on linux/amd64; elsewhere this package's
// initialiser does, after os and syscall's). That process runs its own
// initialisers on the other
// processor and then waits. The supervisor, once it has worked out the
// script process it wants (package proc), hands this one its arguments,
// environment, working folder and descriptors through the socket instead
// of starting a new one (Adopt); the process then goes on exactly as one
// started with them. A supervisor that wants none (a usage mistake, a
// start that needs other process attributes) closes the socket, and the
// waiting process exits.
//
// The socket stays after adoption for one more message, the other way: a
// process that ends normally says its exit status and closes every
// descriptor before it exits (Finish), so that the supervisor, which sees
// the end of its output at once, need not wait while the kernel takes
// the process down (Ended).
//
// Only what the process is started with differs, never what decides: the
// supervisor still decides every verdict, and the script process confines
// itself after adoption, as before.
package prestart

import (
	"os"
	"runtime"
	"sync"
	"syscall"

	"github.com/socklab/socklab/runner/prestart/spawn"
)

// Environment variables of the protocol (see spawn). EnvOff=0 in the
// supervisor's environment turns the early start off (to compare, or
// should it ever get in the way).
const (
	EnvOff     = spawn.EnvOff
	envControl = spawn.EnvControl
	envProcs   = spawn.EnvProcs
)

// MaxFiles is the most descriptors an adopted process can be given: its
// standard input, output and error and the extra ones after them.
const MaxFiles = spawn.MaxFiles

// controlFD is where the control socket sits in the process started
// early, after the places kept for its descriptors.
const controlFD = spawn.ControlFD

// runtimeEnv are the variables that Go's runtime reads when a process
// starts: a process can be adopted only for an environment that agrees
// with the one it started with on all of them.
var runtimeEnv = []string{"GODEBUG", "GOGC", "GOMAXPROCS", "GOMEMLIMIT", "GOTRACEBACK"}

// A Process is a script process started early, waiting to be adopted.
type Process struct {
	exe     string
	process *handle
	control int      // the supervisor's end of the control socket
	link    *os.File // the same, once adopted (see Ended)
	env     map[string]string
}

var (
	mu      sync.Mutex
	waiting *Process
)

func init() {
	if spawn.Supported {
		// Started by spawn's initialiser already, which runs earlier
		// than this one can, or not to be started.
		if e := spawn.Early(); e != nil {
			waiting = fromSpawn(e)
			// The supervisor reads no memory profile: its start samples
			// no allocations from here on.
			runtime.MemProfileRate = 0
		}
		if spawn.OneProc() {
			runtime.GOMAXPROCS(1)
		}
		return
	}
	if !supported || !wanted(os.Args, syscall.Getenv) {
		return
	}
	p, err := start()
	if err != nil {
		return // the supervisor starts its script process the usual way
	}
	waiting = p
}

// wanted reports whether a process with these arguments and environment
// is the supervisor of `socklab run`.
func wanted(args []string, getenv func(string) (string, bool)) bool {
	return spawn.Wanted(args, getenv)
}

// fromSpawn holds the process that package spawn started.
func fromSpawn(e *spawn.Process) *Process {
	var exit *os.File
	if e.Pidfd >= 0 {
		if err := syscall.SetNonblock(e.Pidfd, true); err == nil {
			exit = os.NewFile(uintptr(e.Pidfd), "pidfd")
		} else {
			syscall.Close(e.Pidfd)
		}
	}
	return &Process{exe: e.Exe, process: &handle{pid: e.Pid, exit: exit}, control: e.Control, env: runtimeEnvNow()}
}

// runtimeEnvNow returns the values of runtimeEnv in this process's
// environment, which the process started early has too.
func runtimeEnvNow() map[string]string {
	env := map[string]string{}
	for _, k := range runtimeEnv {
		if v, ok := syscall.Getenv(k); ok {
			env[k] = v
		}
	}
	return env
}

// Take returns the process started early, once; nil if there is none.
func Take() *Process {
	mu.Lock()
	defer mu.Unlock()
	p := waiting
	waiting = nil
	return p
}

// Fits reports whether p can become the process that exe would run with
// env (a list of key=value, as os/exec's Cmd.Environ returns it) and the
// default process attributes (see sysProcAttr).
func (p *Process) Fits(exe string, env []string) bool {
	if exe != p.exe {
		return false
	}
	last := map[string]string{}
	for _, kv := range env {
		for i := 0; i < len(kv); i++ {
			if kv[i] == '=' {
				last[kv[:i]] = kv[i+1:]
				break
			}
		}
	}
	for _, k := range runtimeEnv {
		v, ok := last[k]
		w, had := p.env[k]
		if ok != had || v != w {
			return false
		}
	}
	return true
}

// Adopt makes p the process that would have been started with argv, env
// (a list of key=value, as os/exec's Cmd.Environ returns it) and files as its
// descriptors 0, 1, 2 and on, in dir (the current folder if ""). The
// caller closes its copies of files after. On an error p is no use and
// is dismissed.
func (p *Process) Adopt(argv, env []string, files []*os.File, dir string) error {
	if len(files) > MaxFiles {
		p.Dismiss()
		return errTooMany
	}
	if dir == "" {
		dir = "."
	}
	d, err := os.Open(dir)
	if err != nil {
		p.Dismiss()
		return err
	}
	defer d.Close()
	fds := make([]int, 0, len(files)+1)
	for _, f := range files {
		fds = append(fds, int(f.Fd()))
	}
	fds = append(fds, int(d.Fd()))
	if err := send(p.control, encode(len(files), argv, env), fds); err != nil {
		p.Dismiss()
		return err
	}
	// The socket stays, for the status the process says it ends with.
	if err := syscall.SetNonblock(p.control, true); err != nil {
		p.Dismiss()
		return err
	}
	p.link = os.NewFile(uintptr(p.control), "control socket")
	p.control = -1
	return nil
}

// Ended waits until the adopted process p says the status it ends with
// and closes every descriptor it holds (see Finish), or dies without
// saying one, and returns the status and whether it said one. A status
// said is no more trusted than the exit status itself, which the script
// chooses too; the caller still ends p, which only Finish should have
// left running, and reaps it. Call it once, after Adopt.
func (p *Process) Ended() (code int, said bool) {
	defer p.link.Close()
	var b [5]byte
	n := 0
	for n < len(b) {
		m, err := p.link.Read(b[n:])
		n += m
		if err != nil {
			break
		}
	}
	if n != 4 {
		return 0, false
	}
	return int(int32(uint32(b[0]) | uint32(b[1])<<8 | uint32(b[2])<<16 | uint32(b[3])<<24)), true
}

// Pid returns p's process id.
func (p *Process) Pid() int { return p.process.Pid() }

// Signal sends sig to p's process.
func (p *Process) Signal(sig os.Signal) error { return p.process.Signal(sig) }

// Kill ends p's process.
func (p *Process) Kill() error { return p.process.Kill() }

// Wait waits for p's process to end, reaps it, and returns how it ended;
// it holds no thread while it waits (see handle). Call it once.
func (p *Process) Wait() (syscall.WaitStatus, error) { return p.process.Wait() }

// Dismiss ends p, which is reaped in the background.
func (p *Process) Dismiss() {
	p.end()
	go p.process.Wait()
}

func (p *Process) end() {
	if p.control >= 0 {
		syscall.Close(p.control)
		p.control = -1
	}
	p.process.Kill()
}

// Discard ends the process started early if no one took it, and waits
// for it, so that a supervisor that started no script leaves no process
// behind, not even one for its parent to reap.
func Discard() {
	if p := Take(); p != nil {
		p.end()
		p.process.Wait()
	}
}
