// Package spawn starts the script process of `socklab run` as the first
// package initialiser of the supervisor that it can be, so that the two
// processes' starts overlap as much as they can (see package prestart,
// which holds the process from then on).
//
// Go runs the initialisers of a binary's packages in the order of their
// import paths, each once those it imports are done: a package that needs
// os and syscall waits for some twenty of Go's own (internal/platform's
// tables, runtime/metrics, encoding/base64's, ...) that sort before them,
// about half a millisecond of every run; one that imports runtime waits
// for the runtime's own dependencies, and those that sort before it
// (internal/platform's tables among them), about a third of a millisecond.
// This package imports only unsafe: it reads its arguments and environment
// from /proc/self, which hold what the process was started with, and
// starts the process with system calls of its own (spawn_linux_amd64.s),
// as syscall.ForkExec does for a process that no other goroutine can see
// yet. What needs the runtime (the supervisor's number of processors, see
// OneProc) package prestart does, after.
package spawn

// The environment variables of prestart's protocol (see prestart). EnvOff=0
// in the supervisor's environment turns the early start off; EnvControl
// marks a process started early, and names its control socket's
// descriptor; EnvProcs marks one that started with one processor and
// takes the runtime's default number once confined.
const (
	EnvOff     = "SOCKLAB_PRESTART"
	EnvControl = "SOCKLAB_PRESTARTED"
	EnvProcs   = "SOCKLAB_PRESTARTED_PROCS"
)

// MaxFiles is the most descriptors an adopted process can be given: its
// standard input, output and error and the extra ones after them. The
// process is started with its control socket in all these places, so that
// no descriptor its runtime opens while it waits takes one of them.
const MaxFiles = 12

// ControlFD is where the control socket sits in the process started early,
// after the places kept for its descriptors.
const ControlFD = MaxFiles

// markers are the variables that make this binary something other than
// socklab's command line (package runner's Main): no early start then.
var markers = []string{EnvControl, "SOCKLAB_CHILD", "SOCKLAB_CONFINE", "SOCKLAB_SEED_PYTHON", "SOCKLAB_TEST_PROCESS"}

// Wanted reports whether a process with these arguments and environment
// is the supervisor of `socklab run`.
func Wanted(args []string, getenv func(string) (string, bool)) bool {
	return len(args) >= 2 && args[1] == "run" && wantedEnv(getenv)
}

// wantedEnv reports whether an environment lets a process be the
// supervisor of socklab run: one without it is a process socklab started
// (the script process among them), or one that turned the early start off.
func wantedEnv(getenv func(string) (string, bool)) bool {
	if v, _ := getenv(EnvOff); v == "0" {
		return false
	}
	for _, m := range markers {
		if _, ok := getenv(m); ok {
			return false
		}
	}
	return true
}

// A Process is the script process this package started.
type Process struct {
	Exe     string // the binary, as os.Executable names it
	Pid     int
	Control int // the supervisor's end of the control socket
	Pidfd   int // a pidfd of the process; -1 where the kernel has none
}

// early is the process started in this package's initialiser, or nil.
var early *Process

// Early returns the process this package started, once; nil when it
// started none (not socklab run, a system where it cannot, a failure).
func Early() *Process {
	p := early
	early = nil
	return p
}

// Itoa formats n in decimal (strconv is not among this package's imports).
func Itoa(n int) string {
	if n == 0 {
		return "0"
	}
	neg := n < 0
	if neg {
		n = -n
	}
	var b [20]byte
	i := len(b)
	for n > 0 {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
	}
	if neg {
		i--
		b[i] = '-'
	}
	return string(b[i:])
}

// OneProc reports whether the supervisor of socklab run is to run on one
// processor, the script process having the machine's others: it started
// one, and the user set no GOMAXPROCS of their own. The supervisor mostly
// waits; what it does meanwhile (the front end's type check, copying the
// script's output, answering its network guard) is one thing at a time,
// and on more than one processor every goroutine it wakes wakes another
// thread too, and each is one more for its end to take down: 0.3 ms of a
// hello program's run at real-time priority, and more where an idle
// processor must be woken.
func OneProc() bool { return oneProc }

var oneProc bool

// AddGodebug returns env with setting added to its GODEBUG, after what it
// holds, so that the setting wins.
func AddGodebug(env []string, setting string) []string {
	const key = "GODEBUG="
	for i, kv := range env {
		if len(kv) >= len(key) && kv[:len(key)] == key {
			out := append([]string(nil), env...)
			if len(kv) > len(key) {
				out[i] = kv + "," + setting
			} else {
				out[i] = kv + setting
			}
			return out
		}
	}
	return append(env[:len(env):len(env)], key+setting)
}

// NoProfile is the GODEBUG setting a process started early starts with:
// it samples no allocations for the memory profile while it starts, each
// sample a walk of the stack; the script process sets the rate that a Go
// build of the script has before the script runs.
const NoProfile = "memprofilerate=0"
