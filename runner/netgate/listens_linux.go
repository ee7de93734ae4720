package netgate

import (
	"bufio"
	"encoding/binary"
	"encoding/hex"
	"fmt"
	"net/netip"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/socklab/socklab/runner/tcpdiag"
)

// listensOn checks, in the kernel's tables, that process pid holds a socket
// listening on addr (tcp) or bound to it (udp): a socket of that address,
// whose inode is one of the process's descriptors. TCP listeners come from
// sock_diag, which lists listeners alone; /proc/PID/net/tcp, the fallback,
// lists every connection of the machine too.
func listensOn(pid int, network, addr string) error {
	want, err := netip.ParseAddrPort(addr)
	if err != nil {
		return fmt.Errorf("%q is not an address", addr)
	}
	want = netip.AddrPortFrom(want.Addr().Unmap(), want.Port())
	proto, state := "tcp", "0A" // TCP_LISTEN
	if strings.HasPrefix(network, "udp") {
		proto, state = "udp", "07" // TCP_CLOSE: a bound, unconnected socket
	}
	inodes := map[string]bool{}
	if proto == "tcp" && sameNetns(pid) {
		if found, err := tcpdiag.Listening(want); err == nil {
			for ino := range found {
				inodes["socket:["+strconv.FormatUint(ino, 10)+"]"] = true
			}
			return ownsOne(pid, inodes, network, addr)
		}
	}
	for _, table := range []string{proto, proto + "6"} {
		f, err := os.Open(fmt.Sprintf("/proc/%d/net/%s", pid, table))
		if err != nil {
			continue
		}
		sc := bufio.NewScanner(f)
		for sc.Scan() {
			fields := strings.Fields(sc.Text())
			if len(fields) < 10 || fields[3] != state {
				continue
			}
			if a, ok := procAddr(fields[1]); ok && a == want {
				inodes["socket:["+fields[9]+"]"] = true
			}
		}
		f.Close()
	}
	return ownsOne(pid, inodes, network, addr)
}

// ownsOne checks that one of process pid's descriptors is a socket of
// inodes, written as the kernel links them ("socket:[N]").
func ownsOne(pid int, inodes map[string]bool, network, addr string) error {
	if len(inodes) > 0 {
		fds, _ := os.ReadDir(fmt.Sprintf("/proc/%d/fd", pid))
		for _, fd := range fds {
			if link, err := os.Readlink(filepath.Join(fmt.Sprintf("/proc/%d/fd", pid), fd.Name())); err == nil && inodes[link] {
				return nil
			}
		}
	}
	return fmt.Errorf("process %d does not listen on %s %s", pid, network, addr)
}

// sameNetns reports whether process pid shares this process's network
// namespace, where the kernel's socket tables that this process can ask
// are pid's too.
func sameNetns(pid int) bool {
	mine, err1 := os.Readlink("/proc/self/ns/net")
	theirs, err2 := os.Readlink(fmt.Sprintf("/proc/%d/ns/net", pid))
	return err1 == nil && err2 == nil && mine == theirs
}

// procAddr parses an address of /proc/net/tcp: the IP as hex of its 32-bit
// words in the machine's order, then the port in hex.
func procAddr(s string) (netip.AddrPort, bool) {
	ipHex, portHex, ok := strings.Cut(s, ":")
	if !ok {
		return netip.AddrPort{}, false
	}
	port, err1 := strconv.ParseUint(portHex, 16, 16)
	raw, err2 := hex.DecodeString(ipHex)
	if err1 != nil || err2 != nil || len(raw) != 4 && len(raw) != 16 {
		return netip.AddrPort{}, false
	}
	ip := make([]byte, len(raw))
	for i := 0; i < len(raw); i += 4 {
		binary.BigEndian.PutUint32(ip[i:], binary.NativeEndian.Uint32(raw[i:]))
	}
	a, _ := netip.AddrFromSlice(ip)
	return netip.AddrPortFrom(a.Unmap(), uint16(port)), true
}
