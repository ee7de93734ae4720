package sock

import (
	"net"
	"syscall"
)

// quickAck wraps a TCP connection so that each read first asks the kernel
// to acknowledge what arrives at once (TCP_QUICKACK, which the kernel
// clears again by itself). With Nagle's algorithm on at the peer (see
// newConn), a delayed acknowledgement here would hold the peer's next small
// message for up to 40 ms; acknowledging at once lets it go, while the peer
// still sends its messages as separate segments.
type quickAck struct {
	*net.TCPConn
	raw syscall.RawConn
}

func withQuickAck(c net.Conn) net.Conn {
	tc, ok := c.(*net.TCPConn)
	if !ok {
		return c
	}
	raw, err := tc.SyscallConn()
	if err != nil {
		return c
	}
	return &quickAck{TCPConn: tc, raw: raw}
}

func (q *quickAck) Read(p []byte) (int, error) {
	q.raw.Control(func(fd uintptr) {
		syscall.SetsockoptInt(int(fd), syscall.IPPROTO_TCP, syscall.TCP_QUICKACK, 1)
	})
	return q.TCPConn.Read(p)
}
