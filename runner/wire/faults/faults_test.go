package faults

import (
	"bytes"
	"errors"
	"io"
	"math/rand/v2"
	"net"
	"syscall"
	"testing"
	"time"
)

func TestParse(t *testing.T) {
	tests := []struct {
		in   string
		want Spec
		err  string
	}{
		{in: "fragment=1,delay=1ms", want: Spec{Fragment: 1, Delay: time.Millisecond}},
		{in: "latency=5ms", want: Spec{Latency: 5 * time.Millisecond}},
		{in: "slowread=4/10ms", want: Spec{SlowRead: 4, ReadDelay: 10 * time.Millisecond}},
		{in: "reset-after=100", want: Spec{ResetAfter: 100}},
		{in: "fragment=0", err: `fragment=0: "0" is not a whole number of bytes from 1 up`},
		{in: "delay=1ms", err: "give fragment=N too"},
		{in: "slowread=4", err: "write it as slowread=N/D"},
		{in: "latency=soon", err: `"soon" is not a duration`},
		{in: "jitter=1ms", err: `unknown fault "jitter"`},
		{in: "fragment", err: "write each fault as name=value"},
		{in: "", err: "no faults given"},
	}
	for _, tt := range tests {
		got, err := Parse(tt.in)
		if tt.err != "" {
			if err == nil || !bytes.Contains([]byte(err.Error()), []byte(tt.err)) {
				t.Errorf("Parse(%q) error %v, want one containing %q", tt.in, err, tt.err)
			}
			continue
		}
		if err != nil || got != tt.want {
			t.Errorf("Parse(%q) = %+v, %v; want %+v", tt.in, got, err, tt.want)
		}
		if again, err := Parse(got.String()); err != nil || again != got {
			t.Errorf("Parse(%q.String() = %q) = %+v, %v", tt.in, got.String(), again, err)
		}
	}
}

// pieces is a connection that keeps each write apart.
type pieces struct {
	net.Conn
	writes [][]byte
}

func (p *pieces) Write(b []byte) (int, error) {
	p.writes = append(p.writes, append([]byte(nil), b...))
	return len(b), nil
}

func TestFragmentSplitsEverySend(t *testing.T) {
	msg := []byte("Hello from server\n")
	for _, n := range []int{1, 3, 100} {
		inner := &pieces{}
		c := Spec{Fragment: n}.Wrap(inner, rand.New(rand.NewPCG(1, 2)))
		if got, err := c.Write(msg); got != len(msg) || err != nil {
			t.Fatalf("fragment=%d: Write = %d, %v", n, got, err)
		}
		if joined := bytes.Join(inner.writes, nil); !bytes.Equal(joined, msg) {
			t.Errorf("fragment=%d: the pieces make %q", n, joined)
		}
		for _, w := range inner.writes {
			if len(w) > n || len(w) == 0 {
				t.Errorf("fragment=%d: a piece of %d bytes", n, len(w))
			}
		}
		if n == 1 && len(inner.writes) != len(msg) {
			t.Errorf("fragment=1: %d pieces", len(inner.writes))
		}
	}
}

func TestFragmentRepeatsWithTheSeed(t *testing.T) {
	sizes := func(seed uint64) []int {
		inner := &pieces{}
		Spec{Fragment: 5}.Wrap(inner, rand.New(rand.NewPCG(seed, 1))).Write(bytes.Repeat([]byte("x"), 200))
		var s []int
		for _, w := range inner.writes {
			s = append(s, len(w))
		}
		return s
	}
	a, b := sizes(7), sizes(7)
	if len(a) != len(b) {
		t.Fatalf("the same seed made %d and %d pieces", len(a), len(b))
	}
	for i := range a {
		if a[i] != b[i] {
			t.Fatalf("the same seed made different pieces: %v and %v", a, b)
		}
	}
}

// pair returns the two ends of a loopback connection.
func pair(t *testing.T) (client, server net.Conn) {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	client, err = net.Dial("tcp", ln.Addr().String())
	if err != nil {
		t.Fatal(err)
	}
	server, err = ln.Accept()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { client.Close(); server.Close() })
	return client, server
}

func TestSlowRead(t *testing.T) {
	client, server := pair(t)
	server.Write([]byte("abcdefgh"))
	c := Spec{SlowRead: 3, ReadDelay: time.Millisecond}.Wrap(client, rand.New(rand.NewPCG(1, 1)))
	buf := make([]byte, 100)
	var got []byte
	for len(got) < 8 {
		n, err := c.Read(buf)
		if err != nil {
			t.Fatal(err)
		}
		if n > 3 {
			t.Fatalf("a receive took %d bytes, more than 3", n)
		}
		got = append(got, buf[:n]...)
	}
	if string(got) != "abcdefgh" {
		t.Errorf("received %q", got)
	}
}

// TestResetAfter resets the connection after 5 bytes: the peer sees a reset,
// and the faulty end's next send fails as a reset does.
func TestResetAfter(t *testing.T) {
	client, server := pair(t)
	c := Spec{ResetAfter: 5}.Wrap(client, rand.New(rand.NewPCG(1, 1)))
	n, err := c.Write([]byte("0123456789"))
	if n != 5 || err == nil || !errors.Is(err, syscall.ECONNRESET) {
		t.Fatalf("Write = %d, %v; want 5 and a reset", n, err)
	}
	server.SetReadDeadline(time.Now().Add(5 * time.Second))
	got, err := io.ReadAll(server)
	if string(got) != "01234" || !errors.Is(err, syscall.ECONNRESET) {
		t.Errorf("the peer read %q, %v; want 01234 and a reset", got, err)
	}
	if _, err := c.Write([]byte("x")); !errors.Is(err, syscall.ECONNRESET) {
		t.Errorf("a send after the reset: %v", err)
	}
}
