// Package shell starts a program as a shell starts it, for the start-up
// benchmarks: fork and exec, then wait4, with nothing of the starter's
// (no pipes, no goroutines copying them) in the time it takes.
package shell

import (
	"fmt"
	"os"
	"syscall"
	"time"
)

// Run starts the program path with the arguments argv (argv[0] its name)
// and the environment env in the folder dir ("" for this one), its
// standard output on out and its standard input and error this process's,
// and waits for it. It returns the wall time from the start to the end of
// the wait, and the processor time of the process and the children it
// waited for; an error when the program could not start or did not exit
// with status 0.
func Run(path string, argv, env []string, dir string, out *os.File) (wall, cpu time.Duration, err error) {
	start := time.Now()
	pid, err := syscall.ForkExec(path, argv, &syscall.ProcAttr{
		Dir:   dir,
		Env:   env,
		Files: []uintptr{os.Stdin.Fd(), out.Fd(), os.Stderr.Fd()},
	})
	if err != nil {
		return 0, 0, err
	}
	var status syscall.WaitStatus
	var ru syscall.Rusage
	for {
		_, err = syscall.Wait4(pid, &status, 0, &ru)
		if err != syscall.EINTR {
			break
		}
	}
	wall = time.Since(start)
	if err != nil {
		return 0, 0, err
	}
	if !status.Exited() || status.ExitStatus() != 0 {
		return 0, 0, fmt.Errorf("ended with %v", status)
	}
	return wall, time.Duration(ru.Utime.Nano() + ru.Stime.Nano()), nil
}
