package netgate

import (
	"net"
	"strconv"
	"strings"
)

// Go's net dials "the local system" where the host of the address is
// empty or unspecified (":8080", "0.0.0.0:8080"): the kernel connects such
// a socket to this computer alone, by its loopback address. The gate
// connects or sends there to that loopback address itself (127.0.0.1, or
// ::1 for tcp6 and udp6), which the confinement lets through; listening
// there stays refused, as it would accept from every network.

// localSystem returns the loopback host that a connection or datagram of
// network to host, the host of an address the script wrote, reaches under
// Go, and whether host is such a host: empty, or 0.0.0.0 of an IPv4 or
// dual-stack network, or :: of an IPv6 one.
func localSystem(op, network, host string) (string, bool) {
	if op == "listen on" {
		return "", false
	}
	if strings.HasSuffix(network, "6") {
		return "::1", host == "" || host == "::"
	}
	return "127.0.0.1", host == "" || host == "0.0.0.0"
}

// localAddr returns the address, without a host, that net puts in its
// errors for a dial of network to the local system at port (":8080"), or
// nil if port is no port number.
func localAddr(network, port string) net.Addr {
	n, err := strconv.ParseUint(port, 10, 16)
	if err != nil {
		return nil
	}
	if strings.HasPrefix(network, "udp") {
		return &net.UDPAddr{Port: int(n)}
	}
	return &net.TCPAddr{Port: int(n)}
}
