package sock

import (
	"net"
	"strconv"

	"github.com/socklab/socklab/runner/netgate"
)

// Addr is a socket address: the (host, port) pair of the lessons.
type Addr struct {
	Host string
	Port int
}

// String returns "host:port" ("[::1]:80" for IPv6).
func (a Addr) String() string {
	return net.JoinHostPort(a.Host, strconv.Itoa(a.Port))
}

// addrOf converts a net.Addr, as a script should see it (see netgate.Display).
func addrOf(a net.Addr) Addr {
	host, port, err := net.SplitHostPort(netgate.Display(a))
	if err != nil {
		return Addr{}
	}
	p, _ := strconv.Atoi(port)
	return Addr{Host: host, Port: p}
}
