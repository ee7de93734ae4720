package allow

import (
	"errors"
	"net"
	"testing"
)

// TestKindErrors checks that the wrappers of net.ListenTCP, DialTCP,
// ListenUDP and DialUDP fail as Go's do, before the gate, for a network
// of the other kind and a dial without a remote address.
func TestKindErrors(t *testing.T) {
	lo := &net.UDPAddr{IP: net.IPv4(127, 0, 0, 1), Port: 9}
	tlo := &net.TCPAddr{IP: net.IPv4(127, 0, 0, 1), Port: 9}
	_, e1 := listenUDP("tcp", nil)
	_, e2 := listenTCP("udp", tlo)
	_, e3 := dialUDP("tcp", nil, lo)
	_, e4 := dialTCP("tcp", tlo, nil)
	_, e5 := dialUDP("udp", nil, nil)
	tests := []struct {
		err     error
		want    string
		unknown bool
	}{
		{e1, "listen tcp: unknown network tcp", true},
		{e2, "listen udp 127.0.0.1:9: unknown network udp", true},
		{e3, "dial tcp 127.0.0.1:9: unknown network tcp", true},
		{e4, "dial tcp 127.0.0.1:9: missing address", false},
		{e5, "dial udp: missing address", false},
	}
	for _, tt := range tests {
		var ue net.UnknownNetworkError
		if tt.err == nil || tt.err.Error() != tt.want || errors.As(tt.err, &ue) != tt.unknown {
			t.Errorf("got %v, want %s (unknown network %v)", tt.err, tt.want, tt.unknown)
		}
	}
}
