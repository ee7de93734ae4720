package netns

import (
	"fmt"
	"os"
	"syscall"

	"golang.org/x/sys/unix"
)

// SysProcAttr returns the attributes that start a process in a new
// network namespace: CLONE_NEWNET alone for root; for any other user (or
// when userns asks for it), in a new user namespace too, where the
// process keeps its user and group and holds one capability,
// CAP_NET_ADMIN in its own namespace, so that it can bring up its
// loopback interface (see LoopbackUp, and DropCapabilities).
func SysProcAttr(userns bool) (*syscall.SysProcAttr, error) {
	uid, gid := os.Geteuid(), os.Getegid()
	if uid == 0 && !userns {
		return &syscall.SysProcAttr{Cloneflags: syscall.CLONE_NEWNET}, nil
	}
	return &syscall.SysProcAttr{
		Cloneflags:  syscall.CLONE_NEWUSER | syscall.CLONE_NEWNET,
		UidMappings: []syscall.SysProcIDMap{{ContainerID: uid, HostID: uid, Size: 1}},
		GidMappings: []syscall.SysProcIDMap{{ContainerID: gid, HostID: gid, Size: 1}},
		AmbientCaps: []uintptr{unix.CAP_NET_ADMIN},
	}, nil
}

// DropCapabilities clears the ambient capabilities of every thread of the
// process, which SysProcAttr may have given it, so that the programs it
// starts hold none. It fails in a program built with cgo, which cannot act
// on all its threads at once; the capability they then keep is
// CAP_NET_ADMIN of their own namespace, where nothing but their loopback
// interface exists.
func DropCapabilities() error {
	_, _, errno := syscall.AllThreadsSyscall(syscall.SYS_PRCTL, unix.PR_CAP_AMBIENT, unix.PR_CAP_AMBIENT_CLEAR_ALL, 0)
	if errno != 0 {
		return fmt.Errorf("dropping the ambient capabilities: %w", errno)
	}
	return nil
}

// LoopbackUp brings up the loopback interface "lo" of this process's
// network namespace, which a new namespace has down, with the ioctl that
// ip link set lo up makes.
func LoopbackUp() error {
	fd, err := unix.Socket(unix.AF_INET, unix.SOCK_DGRAM|unix.SOCK_CLOEXEC, 0)
	if err != nil {
		return fmt.Errorf("bringing up the loopback interface: %w", err)
	}
	defer unix.Close(fd)
	ifr, err := unix.NewIfreq("lo")
	if err != nil {
		return fmt.Errorf("bringing up the loopback interface: %w", err)
	}
	if err := unix.IoctlIfreq(fd, unix.SIOCGIFFLAGS, ifr); err != nil {
		return fmt.Errorf("reading the loopback interface's flags: %w", err)
	}
	ifr.SetUint16(ifr.Uint16() | unix.IFF_UP | unix.IFF_RUNNING)
	if err := unix.IoctlIfreq(fd, unix.SIOCSIFFLAGS, ifr); err != nil {
		return fmt.Errorf("bringing up the loopback interface: %w", err)
	}
	return nil
}
