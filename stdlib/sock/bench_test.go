package sock_test

import (
	"bytes"
	"net"
	"testing"

	"github.com/socklab/socklab/stdlib/sock"
)

// sender accepts one client on ln and sends it n bytes, then closes.
func sender(b *testing.B, ln net.Listener, n int) {
	chunk := bytes.Repeat([]byte("x"), 64<<10)
	c, err := ln.Accept()
	if err != nil {
		return
	}
	defer c.Close()
	for sent := 0; sent < n; sent += len(chunk) {
		if _, err := c.Write(chunk); err != nil {
			return
		}
	}
}

// BenchmarkRecv is the bulk loop, Recv(65536) until the end, in process;
// bench/ compares it with Go's net and python3 across processes.
func BenchmarkRecv(b *testing.B) {
	const size = 64 << 20
	b.SetBytes(size)
	for range b.N {
		ln, _ := net.Listen("tcp", "127.0.0.1:0")
		go sender(b, ln, size)
		c := sock.Dial(ln.Addr().String())
		got := 0
		for {
			data := c.Recv(65536)
			if len(data) == 0 {
				break
			}
			got += len(data)
		}
		c.Close()
		ln.Close()
		if got != size {
			b.Fatalf("got %d bytes, want %d", got, size)
		}
	}
}

func BenchmarkNetRead(b *testing.B) {
	const size = 64 << 20
	b.SetBytes(size)
	buf := make([]byte, 65536)
	for range b.N {
		ln, _ := net.Listen("tcp", "127.0.0.1:0")
		go sender(b, ln, size)
		c, _ := net.Dial("tcp", ln.Addr().String())
		got := 0
		for {
			n, err := c.Read(buf)
			got += n
			if err != nil {
				break
			}
		}
		c.Close()
		ln.Close()
	}
}
