package pace

import (
	"net"
	"runtime"
	"testing"
	"time"
)

// pair returns a paced connection and the plain one at its other end.
func pair(t *testing.T) (paced net.Conn, peer net.Conn) {
	t.Helper()
	if runtime.GOOS != "linux" {
		t.Skip("pacing needs Linux's sock_diag")
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	c, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		t.Fatal(err)
	}
	s, err := ln.Accept()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.Close(); s.Close() })
	p := Wrap(c)
	if _, ok := p.(*Conn); !ok {
		t.Fatal("a loopback connection was not paced")
	}
	return p, s
}

// read returns what one read of c gives.
func read(t *testing.T, c net.Conn) string {
	t.Helper()
	c.SetReadDeadline(time.Now().Add(10 * time.Second))
	buf := make([]byte, 1024)
	n, err := c.Read(buf)
	if err != nil {
		t.Fatal(err)
	}
	return string(buf[:n])
}

func TestPace(t *testing.T) {
	t.Run("one write at a time", func(t *testing.T) {
		p, peer := pair(t)
		go func() { // a server that sends two lines in a row
			for _, m := range []string{"LOW\n", "GUESS\n"} {
				if _, err := p.Write([]byte(m)); err != nil {
					t.Error(err)
				}
			}
		}()
		time.Sleep(50 * time.Millisecond) // a reader that is late
		if got := read(t, peer); got != "LOW\n" {
			t.Errorf("first read %q, want %q", got, "LOW\n")
		}
		if got := read(t, peer); got != "GUESS\n" {
			t.Errorf("second read %q, want %q", got, "GUESS\n")
		}
	})
	t.Run("one write is not split", func(t *testing.T) {
		p, peer := pair(t)
		p.Write([]byte("LOW\nGUESS\n"))
		if got := read(t, peer); got != "LOW\nGUESS\n" {
			t.Errorf("read %q, want both lines", got)
		}
	})
	t.Run("a closed peer is not waited for", func(t *testing.T) {
		p, peer := pair(t)
		p.Write([]byte("LOW\n"))
		peer.Close() // with LOW unread
		start := time.Now()
		p.Write([]byte("GUESS\n"))
		if d := time.Since(start); d >= maxWait {
			t.Errorf("the write waited %v for a peer that had closed", d)
		}
	})
}
