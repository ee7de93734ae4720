package net

import (
	"net/netip"
	"os"
	"syscall"
	"time"

	stdnet "net"

	"github.com/socklab/socklab/runner/netgate"
)

// UDPConn is net.UDPConn whose WriteTo methods pass the network gate: a
// datagram goes only where the script could have dialed.
type UDPConn stdnet.UDPConn

func (c *UDPConn) std() *stdnet.UDPConn { return (*stdnet.UDPConn)(c) }

// dest checks a destination against the gate and returns where to send.
func (c *UDPConn) dest(a stdnet.Addr) (*stdnet.UDPAddr, error) {
	if a == nil {
		return nil, nil // Go's own error for a missing address follows
	}
	real, err := netgate.Destination("udp", a.String())
	if err != nil {
		return nil, &stdnet.OpError{Op: "write", Net: "udp", Source: c.std().LocalAddr(), Addr: a, Err: err}
	}
	return stdnet.ResolveUDPAddr("udp", real)
}

// WriteTo sends b to addr through the gate.
func (c *UDPConn) WriteTo(b []byte, addr stdnet.Addr) (int, error) {
	to, err := c.dest(addr)
	if err != nil || to == nil {
		if err == nil {
			return c.std().WriteTo(b, addr)
		}
		return 0, err
	}
	return c.std().WriteTo(b, to)
}

// WriteToUDP sends b to addr through the gate.
func (c *UDPConn) WriteToUDP(b []byte, addr *stdnet.UDPAddr) (int, error) {
	if addr == nil {
		return c.std().WriteToUDP(b, addr)
	}
	return c.WriteTo(b, addr)
}

// WriteToUDPAddrPort sends b to addr through the gate.
func (c *UDPConn) WriteToUDPAddrPort(b []byte, addr netip.AddrPort) (int, error) {
	return c.WriteTo(b, stdnet.UDPAddrFromAddrPort(addr))
}

// WriteMsgUDP sends b and oob to addr (nil on a connected socket) through
// the gate.
func (c *UDPConn) WriteMsgUDP(b, oob []byte, addr *stdnet.UDPAddr) (n, oobn int, err error) {
	if addr == nil {
		return c.std().WriteMsgUDP(b, oob, nil)
	}
	to, err := c.dest(addr)
	if err != nil {
		return 0, 0, err
	}
	return c.std().WriteMsgUDP(b, oob, to)
}

// WriteMsgUDPAddrPort is WriteMsgUDP with a netip.AddrPort.
func (c *UDPConn) WriteMsgUDPAddrPort(b, oob []byte, addr netip.AddrPort) (n, oobn int, err error) {
	if !addr.IsValid() {
		return c.std().WriteMsgUDPAddrPort(b, oob, addr)
	}
	return c.WriteMsgUDP(b, oob, stdnet.UDPAddrFromAddrPort(addr))
}

// The rest is net.UDPConn's.

func (c *UDPConn) Close() error                                { return c.std().Close() }
func (c *UDPConn) File() (*os.File, error)                     { return c.std().File() }
func (c *UDPConn) LocalAddr() stdnet.Addr                      { return c.std().LocalAddr() }
func (c *UDPConn) RemoteAddr() stdnet.Addr                     { return c.std().RemoteAddr() }
func (c *UDPConn) Read(b []byte) (int, error)                  { return c.std().Read(b) }
func (c *UDPConn) Write(b []byte) (int, error)                 { return c.std().Write(b) }
func (c *UDPConn) ReadFrom(b []byte) (int, stdnet.Addr, error) { return c.std().ReadFrom(b) }
func (c *UDPConn) ReadFromUDP(b []byte) (int, *stdnet.UDPAddr, error) {
	return c.std().ReadFromUDP(b)
}
func (c *UDPConn) ReadFromUDPAddrPort(b []byte) (int, netip.AddrPort, error) {
	return c.std().ReadFromUDPAddrPort(b)
}
func (c *UDPConn) ReadMsgUDP(b, oob []byte) (n, oobn, flags int, addr *stdnet.UDPAddr, err error) {
	return c.std().ReadMsgUDP(b, oob)
}
func (c *UDPConn) ReadMsgUDPAddrPort(b, oob []byte) (n, oobn, flags int, addr netip.AddrPort, err error) {
	return c.std().ReadMsgUDPAddrPort(b, oob)
}
func (c *UDPConn) SetDeadline(t time.Time) error      { return c.std().SetDeadline(t) }
func (c *UDPConn) SetReadDeadline(t time.Time) error  { return c.std().SetReadDeadline(t) }
func (c *UDPConn) SetWriteDeadline(t time.Time) error { return c.std().SetWriteDeadline(t) }
func (c *UDPConn) SetReadBuffer(n int) error          { return c.std().SetReadBuffer(n) }
func (c *UDPConn) SetWriteBuffer(n int) error         { return c.std().SetWriteBuffer(n) }
func (c *UDPConn) SyscallConn() (syscall.RawConn, error) {
	return c.std().SyscallConn()
}
