// Package tcpdiag asks the kernel about one TCP socket of this machine,
// found by its addresses: how many bytes wait in its queues. Lesson tests
// use it to pace connections and to tell a stalled test from a slow one.
package tcpdiag

import (
	"encoding/binary"
	"net/netip"
	"sync"
	"syscall"
)

// The kernel's sock_diag interface (linux/inet_diag.h): one request finds
// one socket by its addresses and tells its receive queue, whatever the
// number of sockets on the machine.
const (
	netlinkSockDiag   = 4
	sockDiagByFamily  = 20
	inetDiagNoCookie  = ^uint32(0)
	nlmsgHdrLen       = 16
	inetDiagReqV2Len  = 56
	inetDiagMsgRqueue = 4 + 48 + 4 // family..retrans, id, expires
	tcpEstablished    = 1
)

var diag struct {
	sync.Mutex
	fd  int
	err error
	buf [8192]byte
}

// Queues returns how many bytes the TCP socket with local address local
// and remote address remote has received and not read (r), and sent and
// not yet seen acknowledged (w); ok is false when it cannot be found or is
// no longer established.
func Queues(local, remote netip.AddrPort) (r, w int, ok bool) {
	diag.Lock()
	defer diag.Unlock()
	if diag.fd == 0 && diag.err == nil {
		diag.fd, diag.err = syscall.Socket(syscall.AF_NETLINK, syscall.SOCK_DGRAM|syscall.SOCK_CLOEXEC, netlinkSockDiag)
	}
	if diag.err != nil {
		return 0, 0, false
	}
	req := make([]byte, nlmsgHdrLen+inetDiagReqV2Len)
	ne := binary.NativeEndian
	ne.PutUint32(req[0:], uint32(len(req)))
	ne.PutUint16(req[4:], sockDiagByFamily)
	ne.PutUint16(req[6:], syscall.NLM_F_REQUEST)
	b := req[nlmsgHdrLen:]
	family := byte(syscall.AF_INET)
	if local.Addr().Is6() {
		family = syscall.AF_INET6
	}
	b[0], b[1] = family, syscall.IPPROTO_TCP
	ne.PutUint32(b[4:], ^uint32(0)) // every state
	id := b[8:]
	binary.BigEndian.PutUint16(id[0:], local.Port())
	binary.BigEndian.PutUint16(id[2:], remote.Port())
	putAddr(id[4:20], local.Addr())
	putAddr(id[20:36], remote.Addr())
	ne.PutUint32(id[40:], inetDiagNoCookie)
	ne.PutUint32(id[44:], inetDiagNoCookie)
	if err := syscall.Sendto(diag.fd, req, 0, &syscall.SockaddrNetlink{Family: syscall.AF_NETLINK}); err != nil {
		return 0, 0, false
	}
	m, _, err := syscall.Recvfrom(diag.fd, diag.buf[:], 0)
	if err != nil || m < nlmsgHdrLen+inetDiagMsgRqueue+8 {
		return 0, 0, false
	}
	if ne.Uint16(diag.buf[4:]) != sockDiagByFamily || diag.buf[nlmsgHdrLen+1] != tcpEstablished {
		return 0, 0, false // no such socket, or one that is closing
	}
	msg := diag.buf[nlmsgHdrLen+inetDiagMsgRqueue:]
	return int(ne.Uint32(msg)), int(ne.Uint32(msg[4:])), true
}

func putAddr(dst []byte, a netip.Addr) {
	if a.Is4() {
		b := a.As4()
		copy(dst, b[:])
		return
	}
	b := a.As16()
	copy(dst, b[:])
}
