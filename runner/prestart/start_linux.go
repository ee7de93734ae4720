package prestart

import (
	"os"
	"runtime"
	"syscall"

	"github.com/socklab/socklab/runner/prestart/spawn"
)

// supported: the process started early needs Linux's parent-death signal,
// so that it never outlives a supervisor that did not adopt it.
const supported = true

// sysProcAttr is what package proc gives a script process that has no
// process group of its own (see proc.sysProcAttr): the only kind adopted.
func sysProcAttr() *syscall.SysProcAttr {
	return &syscall.SysProcAttr{Pdeathsig: syscall.SIGKILL}
}

// start starts this binary with os.Args, its control socket in every
// descriptor up to controlFD, to wait for the supervisor.
// prSetNoNewPrivs is prctl(2)'s PR_SET_NO_NEW_PRIVS.
const prSetNoNewPrivs = 38

func start() (*Process, error) {
	exe, err := os.Executable()
	if err != nil {
		return nil, err
	}
	fds, err := syscall.Socketpair(syscall.AF_UNIX, syscall.SOCK_STREAM|syscall.SOCK_CLOEXEC, 0)
	if err != nil {
		return nil, err
	}
	files := make([]uintptr, controlFD+1)
	for i := range files {
		files[i] = uintptr(fds[1])
	}
	// The process samples no allocations while it starts (see
	// spawn.NoProfile).
	env := spawn.AddGodebug(append(os.Environ(), envControl+"="+itoa(controlFD)), spawn.NoProfile)
	// The process starts with one processor, and takes the runtime's
	// default number once confined (RestoreProcs): with a second processor
	// its runtime starts a thread more to run its own goroutines while it
	// starts, one more thread that Landlock's round over every thread must
	// wake and wait for (0.15 to 0.3 ms each, at normal priority). Both
	// variables, and the GODEBUG setting, are gone from the environment
	// once the process is adopted, so the script does not see them.
	if _, ok := syscall.Getenv("GOMAXPROCS"); !ok {
		env = append(env, "GOMAXPROCS=1", envProcs+"=1")
	}
	// The process confines itself once adopted, with Landlock on each of
	// its threads, which needs no_new_privs on each: set here, on the
	// thread that starts it (the main one: initialisers run locked to
	// it), the flag passes through execve to every thread it will have,
	// and the script process skips the round that sets it on every
	// thread (see confine). It only stops this thread from gaining
	// privileges through a program it executes, which a supervisor never
	// does: it executes socklab, and a script's programs run under the
	// flag anyway.
	if _, _, err := syscall.RawSyscall6(syscall.SYS_PRCTL, prSetNoNewPrivs, 1, 0, 0, 0, 0); err != 0 {
		return nil, err
	}
	// syscall.ForkExec, and no os.Process (see handle): os's first start
	// or find of a process probes the kernel's process handles (pidfd) by
	// starting and reaping one more.
	pid, err := syscall.ForkExec(exe, os.Args, &syscall.ProcAttr{Env: env, Files: files, Sys: sysProcAttr()})
	syscall.Close(fds[1])
	if err != nil {
		syscall.Close(fds[0])
		return nil, err
	}
	if _, ok := syscall.Getenv("GOMAXPROCS"); !ok {
		runtime.GOMAXPROCS(1) // see spawn.OneProc
	}
	return &Process{exe: exe, process: &handle{pid: pid, exit: pidfd(pid)}, control: fds[0], env: runtimeEnvNow()}, nil
}

// sysPidfdOpen is pidfd_open(2), one number on every architecture.
const sysPidfdOpen = 434

// pidfd returns a pidfd of the child pid, which no one else reaps, for Go's
// poller; nil on a kernel without them (before Linux 5.3).
func pidfd(pid int) *os.File {
	fd, _, e := syscall.RawSyscall(sysPidfdOpen, uintptr(pid), 0, 0)
	if e != 0 {
		return nil
	}
	if err := syscall.SetNonblock(int(fd), true); err != nil {
		syscall.Close(int(fd))
		return nil
	}
	return os.NewFile(fd, "pidfd")
}
