//go:build linux

// Package filters assembles socklab's seccomp filters with go-seccomp-bpf.
//
// The library's syscall tables for every architecture are maps built by
// its package initialisers, in every process that links it: a sixth of a
// millisecond of each socklab start, the supervisor's too, for filters
// that never change. So on linux/amd64 the filters are assembled by `go
// generate ./runner/confine` into tables (filters_linux_amd64.go, kept
// equal to this package's by a test), and socklab links this package
// only on the other architectures, where it assembles them at run time.
package filters

import (
	seccomp "github.com/elastic/go-seccomp-bpf"
	"github.com/elastic/go-seccomp-bpf/arch"
	"golang.org/x/net/bpf"
	"golang.org/x/sys/unix"
)

// Deny returns the filter that makes the system calls a script may not
// make fail with EPERM: starting programs unless exec, tracing other
// processes unless debug, Unix sockets (whose paths Landlock before ABI 9
// does not guard) unless files. It returns nil when there is nothing to
// refuse.
func Deny(exec, debug, files bool) ([]unix.SockFilter, error) {
	var names []string
	if !exec {
		names = append(names, "execve", "execveat")
	}
	if !debug {
		names = append(names, "ptrace", "process_vm_readv", "process_vm_writev")
	}
	var withArgs []seccomp.NameWithConditions
	if !files {
		withArgs = append(withArgs, seccomp.NameWithConditions{Name: "socket", Conditions: seccomp.ArgumentConditions{
			{Argument: 0, Operation: seccomp.Equal, Value: unix.AF_UNIX},
		}})
	}
	if len(names) == 0 && len(withArgs) == 0 {
		return nil, nil
	}
	p := seccomp.Policy{
		DefaultAction: seccomp.ActionAllow,
		Syscalls: []seccomp.SyscallGroup{{
			Action: seccomp.ActionErrno, Names: names, NamesWithCondtions: withArgs,
		}},
	}
	insts, err := p.Assemble()
	if err != nil {
		return nil, err
	}
	return assemble(insts)
}

// NetGuard returns the network guard's filter: calls with an address go
// to the supervisor; the calls it cannot judge fail; a system call of
// another architecture's table (int 0x80 on amd64) fails too, as no
// filter of socklab's would see its true number.
func NetGuard() ([]unix.SockFilter, error) {
	info, err := arch.GetInfo("")
	if err != nil {
		return nil, err
	}
	eperm := seccomp.ActionErrno | seccomp.Action(unix.EPERM)
	p := seccomp.Policy{
		DefaultAction: seccomp.ActionAllow,
		Syscalls: []seccomp.SyscallGroup{
			{
				Action: seccomp.ActionUserNotify,
				Names:  []string{"connect", "bind", "sendmsg"},
				NamesWithCondtions: []seccomp.NameWithConditions{{Name: "sendto", Conditions: seccomp.ArgumentConditions{
					{Argument: 4, Operation: seccomp.NotEqual, Value: 0}, // a send with an address
				}}},
			},
			{
				// sendmmsg would need each message copied; io_uring
				// connects and sends without a system call seccomp sees;
				// SCTP connects through setsockopt.
				Action:             eperm,
				Names:              []string{"sendmmsg", "io_uring_setup", "io_uring_enter", "io_uring_register"},
				NamesWithCondtions: sctpSockets(),
			},
		},
	}
	insts, err := p.Assemble()
	if err != nil {
		return nil, err
	}
	insts = append([]bpf.Instruction{
		bpf.LoadAbsolute{Off: 4, Size: 4}, // seccomp_data.arch
		bpf.JumpIf{Cond: bpf.JumpEqual, Val: uint32(info.ID), SkipTrue: 1},
		bpf.RetConstant{Val: uint32(eperm)},
	}, insts...)
	return assemble(insts)
}

// sctpSockets are the socket calls that make an SCTP socket: by its
// protocol, or as the sequenced-packet type of IPv4 and IPv6, with or
// without the flags Go and C add to the type.
func sctpSockets() []seccomp.NameWithConditions {
	out := []seccomp.NameWithConditions{{Name: "socket", Conditions: seccomp.ArgumentConditions{
		{Argument: 2, Operation: seccomp.Equal, Value: unix.IPPROTO_SCTP},
	}}}
	for _, family := range []uint64{unix.AF_INET, unix.AF_INET6} {
		for _, flags := range []uint64{0, unix.SOCK_NONBLOCK, unix.SOCK_CLOEXEC, unix.SOCK_NONBLOCK | unix.SOCK_CLOEXEC} {
			out = append(out, seccomp.NameWithConditions{Name: "socket", Conditions: seccomp.ArgumentConditions{
				{Argument: 0, Operation: seccomp.Equal, Value: family},
				{Argument: 1, Operation: seccomp.Equal, Value: unix.SOCK_SEQPACKET | flags},
			}})
		}
	}
	return out
}

func assemble(insts []bpf.Instruction) ([]unix.SockFilter, error) {
	raw, err := bpf.Assemble(insts)
	if err != nil {
		return nil, err
	}
	filter := make([]unix.SockFilter, len(raw))
	for i, r := range raw {
		filter[i] = unix.SockFilter{Code: r.Op, Jt: r.Jt, Jf: r.Jf, K: r.K}
	}
	return filter, nil
}
