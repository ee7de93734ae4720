package lessontest

import "golang.org/x/sys/unix"

// undumpable makes this process's /proc files root's and refuses other
// processes of the same user ptrace access, so that no program of the
// test can open the report's descriptor through /proc/PID/fd or read
// the process's memory.
func undumpable() { unix.Prctl(unix.PR_SET_DUMPABLE, 0, 0, 0, 0) }
