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

// TestKeep checks what a script that looks at the concrete type of its
// connections or listeners gets with a tap set: Go's own values, which the
// tap never sees, for what it looks at.
func TestKeep(t *testing.T) {
	Configure(Policy{})
	type wrapped struct{ net.Conn }
	tests := []struct {
		name                      string
		conns, listeners          bool
		wantDialed, wantAccepted  bool // the connection is Go's own
		wantListener, wantTapSeen bool // the listener is Go's own; the tap saw a connection
	}{
		{name: "neither", wantTapSeen: true},
		{name: "listeners", listeners: true, wantAccepted: true, wantListener: true, wantTapSeen: true},
		{name: "connections", conns: true, wantDialed: true, wantAccepted: true, wantListener: true},
		{name: "both", conns: true, listeners: true, wantDialed: true, wantAccepted: true, wantListener: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			seen := false
			SetTap(func(c net.Conn, _ bool) net.Conn {
				seen = true
				return wrapped{c}
			})
			KeepConns(tt.conns)
			KeepListeners(tt.listeners)
			defer func() {
				SetTap(nil)
				KeepConns(false)
				KeepListeners(false)
			}()
			ln, err := Listen("tcp", "127.0.0.1:0")
			if err != nil {
				t.Fatal(err)
			}
			defer ln.Close()
			c, err := Dial("tcp", ln.Addr().String())
			if err != nil {
				t.Fatal(err)
			}
			defer c.Close()
			s, err := ln.Accept()
			if err != nil {
				t.Fatal(err)
			}
			defer s.Close()
			_, dialed := c.(*net.TCPConn)
			_, accepted := s.(*net.TCPConn)
			_, listener := ln.(*net.TCPListener)
			if dialed != tt.wantDialed || accepted != tt.wantAccepted || listener != tt.wantListener || seen != tt.wantTapSeen {
				t.Errorf("dialed %T, accepted %T, listener %T, tap saw one %v; want Go's own %v, %v, %v, tap %v",
					c, s, ln, seen, tt.wantDialed, tt.wantAccepted, tt.wantListener, tt.wantTapSeen)
			}
		})
	}
}
