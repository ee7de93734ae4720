package netgate_test

import (
	"net"
	"strconv"
	"testing"

	"github.com/socklab/socklab/runner/netgate"
)

// TestDialLocalSystem checks that a dial to an empty or unspecified host
// reaches a loopback listener, as Go's net dials the local system there,
// and that a refused one names the address as the script wrote it.
func TestDialLocalSystem(t *testing.T) {
	netgate.Configure(netgate.Policy{})
	ln, err := netgate.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	port := strconv.Itoa(ln.Addr().(*net.TCPAddr).Port)
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			c.Close()
		}
	}()
	for _, addr := range []string{":" + port, "0.0.0.0:" + port} {
		c, err := netgate.Dial("tcp", addr)
		if err != nil {
			t.Fatalf("Dial(%q): %v", addr, err)
		}
		if h, _, _ := net.SplitHostPort(c.RemoteAddr().String()); h != "127.0.0.1" {
			t.Errorf("Dial(%q) reached %s, want 127.0.0.1", addr, h)
		}
		c.Close()
	}
	ln.Close()
	for _, tt := range []struct{ network, addr, want string }{
		{"tcp", ":" + port, "dial tcp :" + port + ": connect: connection refused"},
		{"tcp4", "0.0.0.0:" + port, "dial tcp4 0.0.0.0:" + port + ": connect: connection refused"},
	} {
		if _, err := netgate.Dial(tt.network, tt.addr); err == nil || err.Error() != tt.want {
			t.Errorf("Dial(%q, %q) = %v, want %s", tt.network, tt.addr, err, tt.want)
		}
	}
	if _, err := netgate.Listen("tcp", ":"+port); err == nil {
		t.Errorf("Listen(%q) succeeded, want the gate's refusal", ":"+port)
	}
}
