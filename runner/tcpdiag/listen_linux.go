package tcpdiag

import (
	"encoding/binary"
	"errors"
	"net/netip"
	"syscall"
)

const (
	tcpListen        = 10
	inetDiagMsgInode = inetDiagMsgLen - 4 // after expires, rqueue, wqueue, uid
	nlmsgDone        = 3
	nlmsgError       = 2
)

// Listening returns the inodes of the TCP sockets that listen on addr, in
// this process's network namespace. It asks the kernel for listening
// sockets alone, so the cost does not grow with the machine's connections,
// where reading /proc/PID/net/tcp walks every one of them.
func Listening(addr netip.AddrPort) (map[uint64]bool, error) {
	addr = netip.AddrPortFrom(addr.Addr().Unmap(), addr.Port())
	fd, err := syscall.Socket(syscall.AF_NETLINK, syscall.SOCK_DGRAM|syscall.SOCK_CLOEXEC, netlinkSockDiag)
	if err != nil {
		return nil, err
	}
	defer syscall.Close(fd)
	inodes := map[uint64]bool{}
	buf := make([]byte, 32<<10)
	for _, family := range []byte{syscall.AF_INET, syscall.AF_INET6} {
		req := make([]byte, nlmsgHdrLen+inetDiagReqV2Len)
		ne.PutUint32(req[0:], uint32(len(req)))
		ne.PutUint16(req[4:], sockDiagByFamily)
		ne.PutUint16(req[6:], syscall.NLM_F_REQUEST|syscall.NLM_F_DUMP)
		b := req[nlmsgHdrLen:]
		b[0], b[1] = family, syscall.IPPROTO_TCP
		ne.PutUint32(b[4:], 1<<tcpListen)
		if err := syscall.Sendto(fd, req, 0, &syscall.SockaddrNetlink{Family: syscall.AF_NETLINK}); err != nil {
			return nil, err
		}
		if err := readListeners(fd, buf, addr, inodes); err != nil {
			return nil, err
		}
	}
	return inodes, nil
}

// readListeners reads the kernel's answers to one dump request up to its
// end, adding to inodes the sockets that listen on addr.
func readListeners(fd int, buf []byte, addr netip.AddrPort, inodes map[uint64]bool) error {
	for {
		n, _, err := syscall.Recvfrom(fd, buf, 0)
		if err != nil {
			return err
		}
		for msgs := buf[:n]; len(msgs) >= nlmsgHdrLen; {
			size := int(ne.Uint32(msgs[0:]))
			if size < nlmsgHdrLen || size > len(msgs) {
				return errors.New("sock_diag: a message cut short")
			}
			switch ne.Uint16(msgs[4:]) {
			case nlmsgDone:
				return nil
			case nlmsgError:
				return errors.New("sock_diag: the kernel refused the request")
			case sockDiagByFamily:
				if m := msgs[nlmsgHdrLen:size]; len(m) >= inetDiagMsgLen && listenAddr(m) == addr {
					inodes[uint64(ne.Uint32(m[inetDiagMsgInode:]))] = true
				}
			}
			msgs = msgs[min((size+3)&^3, len(msgs)):]
		}
	}
}

// listenAddr returns the local address of the inet_diag_msg m.
func listenAddr(m []byte) netip.AddrPort {
	port := binary.BigEndian.Uint16(m[4:])
	var a netip.Addr
	if m[0] == syscall.AF_INET {
		a = netip.AddrFrom4([4]byte(m[8:12]))
	} else {
		a = netip.AddrFrom16([16]byte(m[8:24]))
	}
	return netip.AddrPortFrom(a.Unmap(), port)
}
