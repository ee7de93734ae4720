package sock

import (
	"net"
	"syscall"
)

// quickAck wraps a TCP connection so that a read that may have to wait
// first asks the kernel to acknowledge what arrives at once (TCP_QUICKACK,
// which the kernel clears again by itself). With Nagle's algorithm on at
// the peer (see newConn), a delayed acknowledgement here would hold the
// peer's next small message for up to 40 ms; acknowledging at once lets it
// go, while the peer still sends its messages as separate segments.
//
// A read that filled all the room it had found the kernel's queue not yet
// empty, so the next one will not wait: it skips the setsockopt, and a bulk
// transfer costs no system call beyond its reads.
type quickAck struct {
	net.Conn
	raw     syscall.RawConn
	drained bool // the last read took all the kernel had
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
	return &quickAck{Conn: c, raw: raw, drained: true}
}

func (q *quickAck) Read(p []byte) (int, error) {
	if q.drained {
		q.raw.Control(setQuickAck)
	}
	n, err := q.Conn.Read(p)
	q.drained = n < len(p)
	return n, err
}

func setQuickAck(fd uintptr) {
	syscall.SetsockoptInt(int(fd), syscall.IPPROTO_TCP, syscall.TCP_QUICKACK, 1)
}
