package netgate

import (
	"context"
	"net"
	"testing"
)

// TestTap checks that with no tap the gate hands out the system's own
// connections, untouched, and with a tap every TCP connection, dialed or
// accepted, passes it.
func TestTap(t *testing.T) {
	Configure(Policy{})
	defer SetTap(nil)
	type wrapped struct{ net.Conn }
	var seen []bool
	for _, on := range []bool{false, true} {
		if on {
			SetTap(func(c net.Conn, accepted bool) net.Conn {
				seen = append(seen, accepted)
				return wrapped{c}
			})
		}
		ln, err := Listen("tcp", "127.0.0.1:0")
		if err != nil {
			t.Fatal(err)
		}
		c, err := Dial("tcp", ln.Addr().String())
		if err != nil {
			t.Fatal(err)
		}
		s, err := ln.Accept()
		if err != nil {
			t.Fatal(err)
		}
		_, rawDial := c.(*net.TCPConn)
		_, rawAccept := s.(*net.TCPConn)
		if rawDial == on || rawAccept == on {
			t.Errorf("tap %v: dialed %T, accepted %T", on, c, s)
		}
		if _, ok := ln.(*net.TCPListener); ok == on {
			t.Errorf("tap %v: listener %T", on, ln)
		}
		c.Close()
		s.Close()
		ln.Close()
	}
	if len(seen) != 2 || seen[0] || !seen[1] {
		t.Errorf("the tap saw %v, want a dialed and an accepted connection", seen)
	}
	// A script that looks at its listeners' type gets Go's own, tap or not.
	KeepListeners(true)
	kept, err := Listen("tcp", "127.0.0.1:0")
	KeepListeners(false)
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := kept.(*net.TCPListener); !ok {
		t.Errorf("with KeepListeners, listener %T", kept)
	}
	kept.Close()
	// net.ListenTCP and DialTCP keep their concrete types, tap or not.
	ln, err := ListenTCP("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	c, err := DialTCP(context.Background(), nil, "tcp", ln.Addr().String())
	if err != nil {
		t.Fatal(err)
	}
	c.Close()
}
