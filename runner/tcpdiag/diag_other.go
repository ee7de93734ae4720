//go:build !linux

package tcpdiag

import (
	"errors"
	"net/netip"
)

// Queues cannot see a socket's queues here.
func Queues(local, remote netip.AddrPort) (r, w int, ok bool) { return 0, 0, false }

// Counts are what the kernel tells of one TCP socket (see the Linux
// version).
type Counts struct {
	Unread, Unacked int
	Acked, Received uint64
	Bytes           bool
}

// Count cannot see a socket here.
func Count(local, remote netip.AddrPort) (c Counts, ok bool) { return Counts{}, false }

// Listening cannot see sockets here.
func Listening(addr netip.AddrPort) (map[uint64]bool, error) {
	return nil, errors.New("sock_diag is Linux's")
}
