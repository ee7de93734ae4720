// Package net holds socklab's versions of the types of Go's net package
// that reach the network by their methods: a script that names net.Dialer,
// net.ListenConfig or net.UDPConn gets these, whose fields are Go's and
// whose methods pass the network gate (runner/netgate). The package is
// named net so that fmt's %T prints what Go prints.
package net

import (
	"context"
	"fmt"
	stdnet "net"
	"net/netip"

	"github.com/socklab/socklab/runner/netgate"
)

// Dialer is net.Dialer whose dials pass the network gate.
type Dialer stdnet.Dialer

// Dial connects to address through the gate.
func (d *Dialer) Dial(network, address string) (stdnet.Conn, error) {
	return d.DialContext(context.Background(), network, address)
}

// DialContext connects to address through the gate, bounded by ctx.
func (d *Dialer) DialContext(ctx context.Context, network, address string) (stdnet.Conn, error) {
	c, err := netgate.DialWith(ctx, (*stdnet.Dialer)(d), network, address)
	if err != nil {
		return nil, err
	}
	return Conn(c), nil
}

// DialTCP connects to raddr through the gate, from laddr if it is valid.
func (d *Dialer) DialTCP(ctx context.Context, network string, laddr, raddr netip.AddrPort) (*stdnet.TCPConn, error) {
	from := d.from(laddr, func(a netip.AddrPort) stdnet.Addr { return stdnet.TCPAddrFromAddrPort(a) })
	return netgate.DialTCP(ctx, (*stdnet.Dialer)(from), network, raddr.String())
}

// DialUDP connects to raddr through the gate, from laddr if it is valid.
func (d *Dialer) DialUDP(ctx context.Context, network string, laddr, raddr netip.AddrPort) (*UDPConn, error) {
	c, err := d.from(laddr, func(a netip.AddrPort) stdnet.Addr { return stdnet.UDPAddrFromAddrPort(a) }).DialContext(ctx, network, raddr.String())
	if err != nil {
		return nil, err
	}
	return c.(*UDPConn), nil
}

func (d *Dialer) from(laddr netip.AddrPort, addr func(netip.AddrPort) stdnet.Addr) *Dialer {
	if !laddr.IsValid() {
		return d
	}
	c := *d
	c.LocalAddr = addr(laddr)
	return &c
}

// DialIP is refused unless the policy allows any address: raw IP sockets
// go around the gate.
func (d *Dialer) DialIP(ctx context.Context, network string, laddr, raddr netip.Addr) (*stdnet.IPConn, error) {
	if !netgate.Unrestricted() {
		return nil, refused("DialIP", raddr.String())
	}
	return (*stdnet.Dialer)(d).DialIP(ctx, network, laddr, raddr)
}

// DialUnix is refused unless the policy allows any address: Unix sockets
// reach local services around the gate.
func (d *Dialer) DialUnix(ctx context.Context, network string, laddr, raddr *stdnet.UnixAddr) (*stdnet.UnixConn, error) {
	if !netgate.Unrestricted() {
		return nil, refused("DialUnix", fmt.Sprint(raddr))
	}
	return (*stdnet.Dialer)(d).DialUnix(ctx, network, laddr, raddr)
}

// MultipathTCP is net.Dialer's.
func (d *Dialer) MultipathTCP() bool { return (*stdnet.Dialer)(d).MultipathTCP() }

// SetMultipathTCP is net.Dialer's.
func (d *Dialer) SetMultipathTCP(use bool) { (*stdnet.Dialer)(d).SetMultipathTCP(use) }

// ListenConfig is net.ListenConfig whose listens pass the network gate.
type ListenConfig stdnet.ListenConfig

// Listen listens on address through the gate.
func (lc *ListenConfig) Listen(ctx context.Context, network, address string) (stdnet.Listener, error) {
	return netgate.ListenWith(ctx, (*stdnet.ListenConfig)(lc), network, address)
}

// ListenPacket listens on address through the gate.
func (lc *ListenConfig) ListenPacket(ctx context.Context, network, address string) (stdnet.PacketConn, error) {
	pc, err := netgate.ListenPacketWith(ctx, (*stdnet.ListenConfig)(lc), network, address)
	if err != nil {
		return nil, err
	}
	return PacketConn(pc), nil
}

// MultipathTCP is net.ListenConfig's.
func (lc *ListenConfig) MultipathTCP() bool { return (*stdnet.ListenConfig)(lc).MultipathTCP() }

// SetMultipathTCP is net.ListenConfig's.
func (lc *ListenConfig) SetMultipathTCP(use bool) { (*stdnet.ListenConfig)(lc).SetMultipathTCP(use) }

// Conn returns c as a script sees it: a UDP connection as socklab's
// UDPConn, any other unchanged.
func Conn(c stdnet.Conn) stdnet.Conn {
	if u, ok := c.(*stdnet.UDPConn); ok {
		return (*UDPConn)(u)
	}
	return c
}

// PacketConn is Conn for packet connections.
func PacketConn(pc stdnet.PacketConn) stdnet.PacketConn {
	if u, ok := pc.(*stdnet.UDPConn); ok {
		return (*UDPConn)(u)
	}
	return pc
}

func refused(op, addr string) error {
	return &stdnet.OpError{Op: op, Net: "", Addr: nil, Err: fmt.Errorf("%s %s: refused in socklab scripts (run socklab with --allow-net to lift this)", op, addr)}
}
