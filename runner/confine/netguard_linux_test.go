package confine

import (
	"testing"
	"unsafe"

	"golang.org/x/sys/unix"
)

// TestLoopbackAddr checks which socket addresses the network guard lets a
// confined process use.
func TestLoopbackAddr(t *testing.T) {
	v4 := func(a, b, c, d byte) []byte {
		sa := unix.RawSockaddrInet4{Family: unix.AF_INET, Addr: [4]byte{a, b, c, d}}
		return unsafe.Slice((*byte)(unsafe.Pointer(&sa)), unix.SizeofSockaddrInet4)
	}
	v6 := func(ip [16]byte) []byte {
		sa := unix.RawSockaddrInet6{Family: unix.AF_INET6, Addr: ip}
		return unsafe.Slice((*byte)(unsafe.Pointer(&sa)), unix.SizeofSockaddrInet6)
	}
	unspec := []byte{unix.AF_UNSPEC, 0}
	tests := []struct {
		name string
		addr []byte
		nr   int
		want bool
	}{
		{"127.0.0.1", v4(127, 0, 0, 1), unix.SYS_CONNECT, true},
		{"127.0.4.7", v4(127, 0, 4, 7), unix.SYS_BIND, true},
		{"10.1.2.3", v4(10, 1, 2, 3), unix.SYS_CONNECT, false},
		{"0.0.0.0", v4(0, 0, 0, 0), unix.SYS_BIND, false},
		{"::1", v6([16]byte{15: 1}), unix.SYS_CONNECT, true},
		{"::ffff:127.0.0.1", v6([16]byte{10: 0xff, 11: 0xff, 12: 127, 15: 1}), unix.SYS_SENDTO, true},
		{"::ffff:10.1.2.3", v6([16]byte{10: 0xff, 11: 0xff, 12: 10, 13: 1, 14: 2, 15: 3}), unix.SYS_SENDTO, false},
		{"::", v6([16]byte{}), unix.SYS_BIND, false},
		{"2001:db8::1", v6([16]byte{0: 0x20, 1: 0x01, 2: 0x0d, 3: 0xb8, 15: 1}), unix.SYS_CONNECT, false},
		{"an IPv4 address cut short", v4(127, 0, 0, 1)[:4], unix.SYS_CONNECT, false},
		{"unspecified, to dissolve an association", unspec, unix.SYS_CONNECT, true},
		{"unspecified, to bind every network", unspec, unix.SYS_BIND, false},
		{"no address", nil, unix.SYS_CONNECT, false},
	}
	for _, tt := range tests {
		if got := loopbackAddr(tt.addr, tt.nr); got != tt.want {
			t.Errorf("%s: loopbackAddr = %v, want %v", tt.name, got, tt.want)
		}
	}
}
