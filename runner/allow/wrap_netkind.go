package allow

import (
	"errors"
	"net"
)

// errMissingAddress is the error of Go's net.DialTCP and net.DialUDP
// without a remote address, which net does not export.
var errMissingAddress = errors.New("missing address")

// kindError is the error Go's ListenTCP, DialTCP, ListenUDP and DialUDP
// return before the gate sees the call: a network not of their kind (one
// of kinds) is unknown to them (listen tcp: unknown network tcp, where the
// gate would listen on it, or dial TCP), and a dial without a remote
// address is missing one. It is nil where the call may go on.
func kindError(op, network string, kinds [3]string, source, addr net.Addr, noRemote bool) error {
	if network != kinds[0] && network != kinds[1] && network != kinds[2] {
		return &net.OpError{Op: op, Net: network, Source: source, Addr: addr, Err: net.UnknownNetworkError(network)}
	}
	if noRemote {
		return &net.OpError{Op: op, Net: network, Source: source, Err: errMissingAddress}
	}
	return nil
}

// tcpKinds and udpKinds are the networks of Go's TCP and UDP functions.
var (
	tcpKinds = [3]string{"tcp", "tcp4", "tcp6"}
	udpKinds = [3]string{"udp", "udp4", "udp6"}
)

// tcpAddr and udpAddr are a as net.Addr, nil where a is nil, as Go's
// opAddr gives them to an OpError.
func tcpAddr(a *net.TCPAddr) net.Addr {
	if a == nil {
		return nil
	}
	return a
}

func udpAddr(a *net.UDPAddr) net.Addr {
	if a == nil {
		return nil
	}
	return a
}
