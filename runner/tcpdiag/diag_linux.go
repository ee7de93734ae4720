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
	inetDiagMsgLen    = inetDiagMsgRqueue + 16
	tcpEstablished    = 1

	// The tcp_info extension (INET_DIAG_INFO), and where struct tcp_info
	// (linux/tcp.h) keeps the byte counts of RFC 4898, since Linux 4.1.
	inetDiagInfo      = 2
	extInfo           = 1 << (inetDiagInfo - 1)
	tcpiBytesAcked    = 120
	tcpiBytesReceived = 128
)

var ne = binary.NativeEndian

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
	msg, ok := ask(local, remote, 0)
	if !ok {
		return 0, 0, false
	}
	return int(ne.Uint32(msg[inetDiagMsgRqueue:])), int(ne.Uint32(msg[inetDiagMsgRqueue+4:])), true
}

// Counts are what the kernel tells of one TCP socket.
type Counts struct {
	Unread  int // received and not read: its receive queue
	Unacked int // given to send and not yet acknowledged: its send queue
	// Acked and Received count the bytes acknowledged by the peer and
	// received in order (tcp_info's tcpi_bytes_acked and
	// tcpi_bytes_received, RFC 4898), when Bytes is set: Linux 4.1 and
	// later. Acked counts the SYN of the side that connected too.
	Acked, Received uint64
	Bytes           bool
}

// Count returns the counts of the TCP socket with local address local
// and remote address remote; ok is false when it cannot be found or is no
// longer established.
func Count(local, remote netip.AddrPort) (c Counts, ok bool) {
	diag.Lock()
	defer diag.Unlock()
	msg, ok := ask(local, remote, extInfo)
	if !ok {
		return Counts{}, false
	}
	c.Unread, c.Unacked = int(ne.Uint32(msg[inetDiagMsgRqueue:])), int(ne.Uint32(msg[inetDiagMsgRqueue+4:]))
	c.Acked, c.Received, c.Bytes = byteCounts(msg)
	return c, true
}

// byteCounts reads tcp_info's tcpi_bytes_acked and tcpi_bytes_received
// from the attributes of the inet_diag_msg msg.
func byteCounts(msg []byte) (acked, received uint64, ok bool) {
	for attrs := msg[inetDiagMsgLen:]; len(attrs) >= 4; {
		n, typ := int(ne.Uint16(attrs)), ne.Uint16(attrs[2:])
		if n < 4 || n > len(attrs) {
			return 0, 0, false
		}
		if data := attrs[4:n]; typ == inetDiagInfo && len(data) >= tcpiBytesReceived+8 {
			return ne.Uint64(data[tcpiBytesAcked:]), ne.Uint64(data[tcpiBytesReceived:]), true
		}
		attrs = attrs[min((n+3)&^3, len(attrs)):]
	}
	return 0, 0, false
}

// ask asks the kernel for the TCP socket with local address local and
// remote address remote, with the extensions ext, and returns its
// inet_diag_msg and attributes; ok is false when it cannot be found or is
// no longer established. The caller holds diag's lock; the message lives
// in diag.buf until the next call.
func ask(local, remote netip.AddrPort, ext byte) (msg []byte, ok bool) {
	if diag.fd == 0 && diag.err == nil {
		diag.fd, diag.err = syscall.Socket(syscall.AF_NETLINK, syscall.SOCK_DGRAM|syscall.SOCK_CLOEXEC, netlinkSockDiag)
	}
	if diag.err != nil {
		return nil, false
	}
	req := make([]byte, nlmsgHdrLen+inetDiagReqV2Len)
	ne.PutUint32(req[0:], uint32(len(req)))
	ne.PutUint16(req[4:], sockDiagByFamily)
	ne.PutUint16(req[6:], syscall.NLM_F_REQUEST)
	b := req[nlmsgHdrLen:]
	family := byte(syscall.AF_INET)
	if local.Addr().Is6() {
		family = syscall.AF_INET6
	}
	b[0], b[1], b[2] = family, syscall.IPPROTO_TCP, ext
	ne.PutUint32(b[4:], ^uint32(0)) // every state
	id := b[8:]
	binary.BigEndian.PutUint16(id[0:], local.Port())
	binary.BigEndian.PutUint16(id[2:], remote.Port())
	putAddr(id[4:20], local.Addr())
	putAddr(id[20:36], remote.Addr())
	ne.PutUint32(id[40:], inetDiagNoCookie)
	ne.PutUint32(id[44:], inetDiagNoCookie)
	if err := syscall.Sendto(diag.fd, req, 0, &syscall.SockaddrNetlink{Family: syscall.AF_NETLINK}); err != nil {
		return nil, false
	}
	m, _, err := syscall.Recvfrom(diag.fd, diag.buf[:], 0)
	if err != nil || m < nlmsgHdrLen+inetDiagMsgLen {
		return nil, false
	}
	if ne.Uint16(diag.buf[4:]) != sockDiagByFamily || diag.buf[nlmsgHdrLen+1] != tcpEstablished {
		return nil, false // no such socket, or one that is closing
	}
	n := min(int(ne.Uint32(diag.buf[0:])), m)
	return diag.buf[nlmsgHdrLen:n], true
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
