package sock

import (
	"net"
	"sync/atomic"
	"syscall"
)

// quickAck wraps a TCP connection so that a read that may have to wait
// first asks the kernel to acknowledge what arrives at once (TCP_QUICKACK,
// which the kernel clears again by itself). With Nagle's algorithm on at
// the peer (see newConn), a delayed acknowledgement here would hold the
// peer's next small message for up to 40 ms; acknowledging at once lets it
// go, while the peer still sends its messages as separate segments.
//
// The setsockopt is needed only where an acknowledgement would otherwise
// wait: after a read that took all the kernel had (so the next read may
// wait) and with nothing written since (a write carries the
// acknowledgement with it). A bulk transfer, whose reads fill their
// buffer, and a request-reply exchange, which writes between reads, cost
// no system call beyond their reads and writes.
type quickAck struct {
	net.Conn
	raw     syscall.RawConn
	drained atomic.Bool // the last read took all the kernel had, and nothing was written since
}

func withQuickAck(c net.Conn) net.Conn {
	sc, ok := feature[syscall.Conn](c)
	if !ok {
		return c
	}
	if _, tcp := feature[interface{ SetNoDelay(bool) error }](c); !tcp {
		return c
	}
	raw, err := sc.SyscallConn()
	if err != nil {
		return c
	}
	q := &quickAck{Conn: c, raw: raw}
	q.drained.Store(true)
	return q
}

func (q *quickAck) Read(p []byte) (int, error) {
	if q.drained.Load() {
		q.raw.Control(setQuickAck)
	}
	n, err := q.Conn.Read(p)
	q.drained.Store(n < len(p))
	return n, err
}

func (q *quickAck) Write(p []byte) (int, error) {
	q.drained.Store(false)
	return q.Conn.Write(p)
}

func setQuickAck(fd uintptr) {
	syscall.SetsockoptInt(int(fd), syscall.IPPROTO_TCP, syscall.TCP_QUICKACK, 1)
}
