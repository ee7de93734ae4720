package netgate

import (
	"context"
	"errors"
	"net"
)

// Unrestricted reports whether the policy lets a script use any address
// (socklab run --allow-net).
func Unrestricted() bool { return current().AllowAll }

// Destination checks the address a datagram is sent to against the policy
// and returns the address to send it to (the host map applied).
func Destination(network, addr string) (string, error) {
	return admit("send to", network, addr)
}

// ErrDNS is the cause of a name lookup that would have queried a DNS
// server while the policy keeps the script on loopback.
var ErrDNS = errors.New("DNS queries are refused: names resolve from the hosts file only (run socklab with --allow-net to lift this)")

// GateDNS makes every name lookup of the process read the hosts file only,
// unless the policy allows any address: net.DefaultResolver, which Go's
// own lookups and dials use, gets a dial function that refuses to reach a
// DNS server. Go reports the refusal as a *net.DNSError.
func GateDNS() {
	net.DefaultResolver.PreferGo = true
	net.DefaultResolver.Dial = func(ctx context.Context, network, server string) (net.Conn, error) {
		if !Unrestricted() {
			return nil, ErrDNS
		}
		var d net.Dialer
		return d.DialContext(ctx, network, server)
	}
}
