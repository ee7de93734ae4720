package prestart

import (
	"os"
	"syscall"
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
func start() (*Process, error) {
	exe, err := os.Executable()
	if err != nil {
		return nil, err
	}
	fds, err := syscall.Socketpair(syscall.AF_UNIX, syscall.SOCK_STREAM|syscall.SOCK_CLOEXEC, 0)
	if err != nil {
		return nil, err
	}
	child := os.NewFile(uintptr(fds[1]), "prestart")
	defer child.Close()
	files := make([]*os.File, controlFD+1)
	for i := range files {
		files[i] = child
	}
	env := append(os.Environ(), envControl+"="+itoa(controlFD))
	proc, err := os.StartProcess(exe, os.Args, &os.ProcAttr{Env: env, Files: files, Sys: sysProcAttr()})
	if err != nil {
		syscall.Close(fds[0])
		return nil, err
	}
	p := &Process{exe: exe, process: proc, control: fds[0], env: map[string]string{}}
	for _, k := range runtimeEnv {
		if v, ok := syscall.Getenv(k); ok {
			p.env[k] = v
		}
	}
	return p, nil
}
