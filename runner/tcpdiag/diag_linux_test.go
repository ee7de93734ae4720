package tcpdiag

import (
	"net"
	"net/netip"
	"testing"
	"time"
)

// TestCount checks the counts of both ends of a connection as bytes go
// one way and are read.
func TestCount(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	c, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	s, err := ln.Accept()
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	client := netip.MustParseAddrPort(c.LocalAddr().String())
	server := netip.MustParseAddrPort(c.RemoteAddr().String())
	count := func(local, remote netip.AddrPort) Counts {
		t.Helper()
		n, ok := Count(local, remote)
		if !ok {
			t.Fatalf("no socket %v -> %v", local, remote)
		}
		if !n.Bytes {
			t.Skip("this kernel's tcp_info has no byte counts")
		}
		return n
	}
	start := count(client, server)
	if start.Acked != 1 || start.Unacked != 0 {
		t.Errorf("the connecting side before any write: %+v, want its SYN acknowledged and nothing else", start)
	}
	c.Write([]byte("hello"))
	s.SetReadDeadline(time.Now().Add(10 * time.Second))
	if _, err := s.Read(make([]byte, 3)); err != nil {
		t.Fatal(err)
	}
	// The server has received 5 bytes (loopback delivers them before the
	// write returns) and read 3.
	if got := count(server, client); got.Received != 5 || got.Unread != 2 {
		t.Errorf("the server after reading 3 of 5: %+v, want 5 received and 2 unread", got)
	}
	if got := count(client, server); got.Acked+uint64(got.Unacked) != 1+5 {
		t.Errorf("the client after writing 5: %+v, want acknowledged and unacknowledged to add up to its SYN and 5", got)
	}
	// The server's close (a reset, with 2 bytes unread) reaches the client
	// as the kernel gets to it, which on a loaded machine may take a while:
	// Count must stop finding the connection then.
	s.Close()
	for deadline := time.Now().Add(10 * time.Second); ; time.Sleep(time.Millisecond) {
		if _, ok := Count(client, server); !ok {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("Count still found the connection established 10s after the server closed")
		}
	}
}
