package tcpdiag

import (
	"net"
	"net/netip"
	"syscall"
	"testing"
)

// TestListening checks that the kernel names the listener of an address,
// by the inode of its descriptor, and not the connections accepted on it.
func TestListening(t *testing.T) {
	for _, at := range []string{"127.0.0.1:0", "[::1]:0"} {
		t.Run(at, func(t *testing.T) {
			ln, err := net.Listen("tcp", at)
			if err != nil {
				t.Skipf("cannot listen on %s: %v", at, err)
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

			f, err := ln.(*net.TCPListener).File()
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			var st syscall.Stat_t
			if err := syscall.Fstat(int(f.Fd()), &st); err != nil {
				t.Fatal(err)
			}
			addr := netip.MustParseAddrPort(ln.Addr().String())
			got, err := Listening(addr)
			if err != nil {
				t.Fatal(err)
			}
			if len(got) != 1 || !got[st.Ino] {
				t.Errorf("Listening(%s) = %v, want only the listener's inode %d", addr, got, st.Ino)
			}
			other := netip.AddrPortFrom(addr.Addr(), addr.Port()+1)
			if got, err := Listening(other); err != nil || len(got) != 0 {
				t.Errorf("Listening(%s), where nothing listens = %v, %v", other, got, err)
			}
		})
	}
}
