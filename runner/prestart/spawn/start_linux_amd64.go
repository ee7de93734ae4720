package spawn

import "unsafe"

// Supported: the process is started here on this system; elsewhere
// package prestart starts it, later, with package syscall.
const Supported = true

func init() {
	p, err := start()
	if err == 0 {
		early = p
	}
}

// System calls and their arguments (linux/amd64).
const (
	sysRead       = 0
	sysClose      = 3
	sysSocketpair = 53
	sysWait4      = 61
	sysGetpid     = 39
	sysReadlinkat = 267
	sysOpenat     = 257
	sysPrctl      = 157
	sysPidfdOpen  = 434

	atFDCWD         = ^uintptr(99) // AT_FDCWD, -100
	oRdonlyCloexec  = 0x80000      // O_RDONLY|O_CLOEXEC
	afUnix          = 1
	sockStream      = 1
	sockCloexec     = 0x80000
	prSetNoNewPrivs = 38
	eintr           = 4
)

// start starts this binary with the process's own arguments, its control
// socket in every descriptor up to ControlFD, to wait for the supervisor;
// nil and 0 when this process is not socklab run's supervisor.
func start() (*Process, uintptr) {
	// The environment first: the processes that socklab starts (the
	// script process among them) are told apart by it, and read no more.
	environ, err := readProc("/proc/self/environ")
	if err != 0 {
		return nil, err
	}
	getenv := func(k string) (string, bool) { return lookup(environ, k) }
	if !wantedEnv(getenv) {
		return nil, 0
	}
	args, err := readProc("/proc/self/cmdline")
	if err != 0 {
		return nil, err
	}
	argv := split(args)
	if !Wanted(argv, getenv) {
		return nil, 0
	}
	env := split(environ)
	exe, err := executable()
	if err != 0 {
		return nil, err
	}
	var fds [2]int32
	if _, err := rawSyscall6(sysSocketpair, afUnix, sockStream|sockCloexec, 0, uintptr(unsafe.Pointer(&fds)), 0, 0); err != 0 {
		return nil, err
	}
	env = AddGodebug(append(env, EnvControl+"="+Itoa(ControlFD)), NoProfile)
	// The process starts with one processor, and takes the others once
	// confined (see prestart.start).
	if _, ok := getenv("GOMAXPROCS"); !ok {
		env = append(env, "GOMAXPROCS=1", EnvProcs+"=1")
	}
	// no_new_privs on the thread that starts the process passes through
	// execve to every thread it will have (see prestart.start): this is the
	// main thread, to which initialisers run locked.
	if _, err := rawSyscall6(sysPrctl, prSetNoNewPrivs, 1, 0, 0, 0, 0); err != 0 {
		closeBoth(fds)
		return nil, err
	}
	path, cargv, cenv := cstring(exe), cstrings(argv), cstrings(env)
	ppid, _ := rawSyscall6(sysGetpid, 0, 0, 0, 0, 0, 0)
	// The process reads what it is to execute while this one goes on: the
	// launch, and the strings it points to, stay (see launched). A process
	// that cannot execute the program ends, and Adopt, finding its control
	// socket closed, has it reaped and starts the script the usual way.
	launched = &launch{
		path: unsafe.Pointer(path), argv: unsafe.Pointer(&cargv[0]), envp: unsafe.Pointer(&cenv[0]),
		fd: uintptr(fds[1]), nfds: ControlFD + 1, ppid: ppid,
	}
	pid, err := forkExec(launched)
	rawSyscall6(sysClose, uintptr(fds[1]), 0, 0, 0, 0, 0) // the process has its own table of descriptors
	if err != 0 {
		rawSyscall6(sysClose, uintptr(fds[0]), 0, 0, 0, 0, 0)
		return nil, err
	}
	pidfd, e := rawSyscall6(sysPidfdOpen, pid, 0, 0, 0, 0, 0)
	if e != 0 {
		pidfd = ^uintptr(0) // before Linux 5.3
	}
	if _, ok := getenv("GOMAXPROCS"); !ok {
		oneProc = true
	}
	return &Process{Exe: exe, Pid: int(pid), Control: int(fds[0]), Pidfd: int(pidfd)}, 0
}

func closeBoth(fds [2]int32) {
	rawSyscall6(sysClose, uintptr(fds[0]), 0, 0, 0, 0, 0)
	rawSyscall6(sysClose, uintptr(fds[1]), 0, 0, 0, 0, 0)
}

// executable returns the path of this binary as os.Executable does on
// Linux: /proc/self/exe's target, without the " (deleted)" of a binary
// replaced since it started.
func executable() (string, uintptr) {
	for n := 256; ; n *= 2 {
		buf := make([]byte, n)
		r, err := rawSyscall6(sysReadlinkat, atFDCWD, uintptr(unsafe.Pointer(cstring("/proc/self/exe"))), uintptr(unsafe.Pointer(&buf[0])), uintptr(n), 0, 0)
		if err != 0 {
			return "", err
		}
		if int(r) < n {
			s := string(buf[:r])
			if d := " (deleted)"; len(s) > len(d) && s[len(s)-len(d):] == d {
				s = s[:len(s)-len(d)]
			}
			return s, 0
		}
	}
}

// readProc returns the whole of a file of /proc.
func readProc(name string) ([]byte, uintptr) {
	fd, err := rawSyscall6(sysOpenat, atFDCWD, uintptr(unsafe.Pointer(cstring(name))), oRdonlyCloexec, 0, 0, 0)
	if err != 0 {
		return nil, err
	}
	defer rawSyscall6(sysClose, fd, 0, 0, 0, 0, 0)
	b := make([]byte, 0, 4096)
	for {
		if len(b) == cap(b) {
			b = append(b, 0)[:len(b)]
		}
		n, err := rawSyscall6(sysRead, fd, uintptr(unsafe.Pointer(&b[len(b):cap(b)][0])), uintptr(cap(b)-len(b)), 0, 0, 0)
		if err == eintr {
			continue
		}
		if err != 0 {
			return nil, err
		}
		if n == 0 {
			return b, 0
		}
		b = b[:len(b)+int(n)]
	}
}

// lookup returns the value of the variable k in environ, the contents
// of /proc/self/environ, without a string made of each entry: the
// processes socklab starts (the script process among them) read only
// whether they are one.
func lookup(environ []byte, k string) (string, bool) {
	for len(environ) > 0 {
		i := 0
		for i < len(environ) && environ[i] != 0 {
			i++
		}
		kv := environ[:i]
		if len(kv) > len(k) && kv[len(k)] == '=' && string(kv[:len(k)]) == k {
			return string(kv[len(k)+1:]), true
		}
		if i == len(environ) {
			break
		}
		environ = environ[i+1:]
	}
	return "", false
}

// split splits a list of strings each ended by a NUL byte.
func split(b []byte) []string {
	var out []string
	for len(b) > 0 {
		i := 0
		for i < len(b) && b[i] != 0 {
			i++
		}
		out = append(out, string(b[:i]))
		if i == len(b) {
			break
		}
		b = b[i+1:]
	}
	return out
}

// cstring returns s ended by a NUL byte, for the kernel.
func cstring(s string) *byte {
	b := make([]byte, len(s)+1)
	copy(b, s)
	return &b[0]
}

// cstrings returns ss as the kernel's list of strings, ended by nil.
func cstrings(ss []string) []*byte {
	p := make([]*byte, len(ss)+1)
	for i, s := range ss {
		p[i] = cstring(s)
	}
	return p
}

// rawSyscall6 makes a system call that does not block, without telling
// the scheduler, and returns its result or its error number.
//
//go:noescape
func rawSyscall6(num, a1, a2, a3, a4, a5, a6 uintptr) (r1, errno uintptr)

// A launch is what forkExec's process reads as it starts, in memory it
// shares with this process, beside which it runs until it executes the
// program: the caller keeps the launch, and the strings it points to,
// unchanged until then. The offsets of its fields are those the assembly
// reads.
type launch struct {
	path, argv, envp unsafe.Pointer // the program, its arguments and environment, lists ended by nil
	fd, nfds         uintptr        // the descriptor for the process's 0 to nfds-1
	ppid             uintptr        // this process, which the process ends without
	mask             uintptr        // the starting thread's signal mask, the program's
	failed           uintptr        // the error of a program that could not be executed
	scratch          [4]uintptr     // the process's struct sigaction; it runs on the launch as its stack
}

// launched is the launch of the process start started, kept for as long
// as this process lives: the process may still be reading it.
var launched *launch

// forkExec starts the program l.path with the arguments l.argv and the
// environment l.envp, and the descriptor l.fd in each of its descriptors
// 0 to l.nfds-1; the process gets SIGKILL when the thread that started it
// ends (its parent-death signal), and ends at once if its parent, l.ppid,
// is gone already. It returns the process's id, or the error of clone,
// at once: the process runs beside this thread, on the launch as its
// stack, sharing this process's memory (CLONE_VM), with every signal
// blocked and every handler of Go's reset, until it executes the program.
// Where it cannot, it sets l.failed to the error and exits with status
// 127, for the caller to reap. Executing a binary of socklab's size takes
// a fifth of a millisecond, which this thread spends on its own start
// instead of waiting (CLONE_VFORK, as syscall.ForkExec does).
//
//go:noescape
func forkExec(l *launch) (pid, errno uintptr)
