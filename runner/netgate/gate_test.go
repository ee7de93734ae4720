package netgate_test

import (
	"errors"
	"net"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/socklab/socklab/runner/netgate"
)

func TestPolicyRefusesNonLoopback(t *testing.T) {
	netgate.Configure(netgate.Policy{})
	tests := []struct {
		addr     string
		wantHint string
	}{
		{"0.0.0.0:0", "listening on every network is refused"},
		{":0", "listening on every network is refused"},
		{"[::]:0", "listening on every network is refused"},
		{"192.0.2.1:80", "--allow-net"},
		{"example.com:80", "--allow-net"},
	}
	for _, tt := range tests {
		t.Run(tt.addr, func(t *testing.T) {
			ln, err := netgate.Listen("tcp", tt.addr)
			if err == nil {
				ln.Close()
				t.Fatalf("Listen(%q) succeeded", tt.addr)
			}
			var ge *netgate.Error
			if !errors.As(err, &ge) || !strings.Contains(err.Error(), tt.wantHint) {
				t.Fatalf("Listen(%q) = %v, want a gate error mentioning %q", tt.addr, err, tt.wantHint)
			}
			if _, err := netgate.Dial("tcp", tt.addr); err == nil {
				t.Fatalf("Dial(%q) succeeded", tt.addr)
			}
		})
	}
}

func TestAllowAllLetsEveryNetworkListen(t *testing.T) {
	netgate.Configure(netgate.Policy{AllowAll: true})
	defer netgate.Configure(netgate.Policy{})
	ln, err := netgate.Listen("tcp", "0.0.0.0:0")
	if err != nil {
		t.Fatalf("with AllowAll, Listen(0.0.0.0:0): %v", err)
	}
	ln.Close()
}

func TestHostMapRedirectsAndDisplaysTheScriptsAddress(t *testing.T) {
	dir := t.TempDir()
	netgate.Configure(netgate.Policy{HostMap: map[string]string{"127.0.0.1": "127.0.77.3"}, ListenDir: dir})
	defer netgate.Configure(netgate.Policy{})

	ln, err := netgate.Listen("tcp", "localhost:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	host, port, _ := net.SplitHostPort(ln.Addr().String())
	if host != "127.0.77.3" {
		t.Fatalf("listened on %s, want the mapped host 127.0.77.3", host)
	}
	if got := netgate.Display(ln.Addr()); got != "127.0.0.1:"+port {
		t.Errorf("Display = %q, want 127.0.0.1:%s", got, port)
	}
	// The listen is announced under the address as the script wrote it.
	if _, err := os.Stat(filepath.Join(dir, netgate.ListenFileName("127.0.0.1:"+port))); err != nil {
		t.Errorf("no announcement: %v", err)
	}
	c, err := netgate.Dial("tcp", "127.0.0.1:"+port)
	if err != nil {
		t.Fatalf("Dial through the map: %v", err)
	}
	c.Close()
}

func TestErrorsAreGos(t *testing.T) {
	netgate.Configure(netgate.Policy{})
	ln, err := netgate.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	_, err = netgate.Listen("tcp", addr)
	ln.Close()
	_, refused := netgate.Dial("tcp", addr)
	_, badAddr := netgate.Dial("tcp", "not an address")
	_, v6on4 := netgate.Dial("tcp4", "[::1]:80")
	_, listen6on4 := netgate.Listen("tcp4", "[::1]:0")
	_, unknown := netgate.Dial("foo", "127.0.0.1:1")
	_, listenUnknown := netgate.Listen("ip", "127.0.0.1:0")
	tests := []struct {
		name     string
		err      error
		want     string
		wantHint string
	}{
		{"second listen", err, "listen tcp " + addr + ": bind: address already in use",
			"another program already listens on " + addr + " (is an earlier server still running?)"},
		{"dial to a closed port", refused, "dial tcp " + addr + ": connect: connection refused",
			"is the server running at " + addr + "?"},
		{"no port", badAddr, "dial tcp: address not an address: missing port in address", ""},
		{"an IPv6 address dialed on tcp4", v6on4, "dial tcp4: address ::1: no suitable address found", ""},
		{"an IPv6 address listened on on tcp4", listen6on4, "listen tcp4: address ::1: no suitable address found", ""},
		{"a network Go does not know", unknown, "dial foo: unknown network foo", ""},
		{"ip without a protocol", listenUnknown, "listen ip: unknown network ip", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var oe *net.OpError
			if !errors.As(tt.err, &oe) || error(oe) != tt.err {
				t.Fatalf("error %v (%T), want a *net.OpError as net returns", tt.err, tt.err)
			}
			if tt.err.Error() != tt.want {
				t.Errorf("error\n got %v\nwant %s", tt.err, tt.want)
			}
			if got := netgate.Hint(tt.err.Error()); got != tt.wantHint {
				t.Errorf("Hint = %q, want %q", got, tt.wantHint)
			}
		})
	}
}

func TestHostMapIsNotSeenInErrors(t *testing.T) {
	netgate.Configure(netgate.Policy{HostMap: map[string]string{"127.0.0.1": "127.0.77.4"}})
	defer netgate.Configure(netgate.Policy{})
	ln, err := netgate.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	_, port, _ := net.SplitHostPort(ln.Addr().String())
	ln.Close()
	_, err = netgate.Dial("tcp", "127.0.0.1:"+port)
	want := "dial tcp 127.0.0.1:" + port + ": connect: connection refused"
	if err == nil || err.Error() != want {
		t.Errorf("Dial through the map to a closed port:\n got %v\nwant %s", err, want)
	}
}

func TestParseHostMap(t *testing.T) {
	m, err := netgate.ParseHostMap("127.0.0.1=127.0.9.9")
	if err != nil || m["127.0.0.1"] != "127.0.9.9" {
		t.Fatalf("ParseHostMap = %v, %v", m, err)
	}
	if _, err := netgate.ParseHostMap("nonsense"); err == nil {
		t.Error("ParseHostMap accepted a pair without =")
	}
}
