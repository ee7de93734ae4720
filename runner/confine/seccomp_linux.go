package confine

import (
	"fmt"
	"runtime"

	seccomp "github.com/elastic/go-seccomp-bpf"
	"golang.org/x/sys/unix"
)

// seccompAvailable reports whether the kernel takes seccomp filters.
func seccompAvailable() bool { return seccomp.Supported() }

// applySeccomp makes the system calls p refuses fail with EPERM in every
// thread of the process, and reports whether a filter is in force. With
// nothing to refuse it loads no filter.
func applySeccomp(p Policy, allowExec bool) (bool, error) {
	if !seccomp.Supported() {
		return false, nil
	}
	var names []string
	if !allowExec {
		names = append(names, "execve", "execveat")
	}
	if !p.Debug {
		names = append(names, "ptrace", "process_vm_readv", "process_vm_writev")
	}
	var withArgs []seccomp.NameWithConditions
	if !p.Files {
		// A Unix socket's path is a file that Landlock before ABI 9 does
		// not guard: connecting to one outside the folder (a daemon's
		// control socket) would pass it. No lesson uses them.
		withArgs = append(withArgs, seccomp.NameWithConditions{Name: "socket", Conditions: seccomp.ArgumentConditions{
			{Argument: 0, Operation: seccomp.Equal, Value: unix.AF_UNIX},
		}})
	}
	if len(names) == 0 && len(withArgs) == 0 {
		return false, nil
	}
	f := seccomp.Filter{
		NoNewPrivs: true,
		Flag:       seccomp.FilterFlagTSync,
		Policy: seccomp.Policy{
			DefaultAction: seccomp.ActionAllow,
			Syscalls: []seccomp.SyscallGroup{{
				Action: seccomp.ActionErrno, Names: names, NamesWithCondtions: withArgs,
			}},
		},
	}
	// no_new_privs and the filter are set on this thread and synced to
	// the others from it.
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	if err := seccomp.LoadFilter(f); err != nil {
		return false, fmt.Errorf("seccomp: %w", err)
	}
	return true, nil
}
