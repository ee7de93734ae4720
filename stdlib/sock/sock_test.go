package sock_test

import (
	"bytes"
	"errors"
	"io"
	"net"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/socklab/socklab/runner/netgate"
	"github.com/socklab/socklab/stdlib/frame"
	"github.com/socklab/socklab/stdlib/sock"
)

// catch runs f and returns what it panicked with, or nil.
func catch(f func()) (v any) {
	defer func() { v = recover() }()
	f()
	return nil
}

func TestLineConversation(t *testing.T) {
	ln := sock.Listen("127.0.0.1:0")
	defer ln.Close()
	go func() {
		c, _ := ln.Accept()
		defer c.Close()
		c.SendLine("GUESS")
		if g, ok := c.RecvLine(); ok {
			c.SendLine("you said " + g)
		}
	}()
	c := sock.Dial(ln.Addr().String())
	defer c.Close()
	c.SetTimeout(10 * time.Second)
	if got, ok := c.RecvLine(); !ok || got != "GUESS" {
		t.Fatalf("RecvLine = %q, %v", got, ok)
	}
	c.SendLine("42")
	if got, ok := c.RecvLine(); !ok || got != "you said 42" {
		t.Fatalf("RecvLine = %q, %v", got, ok)
	}
	if got, ok := c.RecvLine(); ok {
		t.Fatalf("after the server closed: RecvLine = %q, true; want ok == false", got)
	}
	if b := c.Recv(10); len(b) != 0 {
		t.Fatalf("Recv after the end = %q, want empty", b)
	}
}

func TestRecvAfterALineGetsWhatFollowed(t *testing.T) {
	ln := sock.Listen("127.0.0.1:0")
	defer ln.Close()
	go func() {
		c, _ := ln.Accept()
		c.SendString("first\nand the rest")
		c.Close()
	}()
	c := sock.Dial(ln.Addr().String())
	defer c.Close()
	if line, _ := c.RecvLine(); line != "first" {
		t.Fatalf("line = %q", line)
	}
	rest, err := io.ReadAll(c)
	if err != nil || string(rest) != "and the rest" {
		t.Fatalf("rest = %q, %v", rest, err)
	}
}

func TestHostilePeerHugeLine(t *testing.T) {
	ln := sock.Listen("127.0.0.1:0")
	defer ln.Close()
	go func() {
		c, _ := ln.Accept()
		defer c.Close()
		huge := bytes.Repeat([]byte("A"), 64*1024)
		for i := 0; i < 8; i++ {
			if _, err := c.Write(huge); err != nil {
				return
			}
		}
	}()
	c := sock.Dial(ln.Addr().String())
	defer c.Close()
	c.SetMaxFrame(100 * 1024)
	v := catch(func() { c.RecvLine() })
	var tl *frame.TooLongError
	err, _ := v.(error)
	if !errors.As(err, &tl) {
		t.Fatalf("RecvLine of a huge line panicked with %v, want a *frame.TooLongError", v)
	}
	if !strings.HasPrefix(err.Error(), "receive from 127.0.0.1:") {
		t.Errorf("error %q does not say what the script was doing", err)
	}
}

func TestServeSurvivesABadClient(t *testing.T) {
	ln := sock.Listen("127.0.0.1:0")
	addr := ln.Addr().String()

	// Serve's reports go to standard error; capture them.
	r, w, _ := os.Pipe()
	oldStderr := os.Stderr
	os.Stderr = w
	defer func() { os.Stderr = oldStderr }()

	var served []string
	var mu sync.Mutex
	done := make(chan struct{})
	go func() {
		defer close(done)
		ln.Serve(func(c *sock.Conn) {
			c.SetMaxFrame(16)
			name, ok := c.RecvLine() // the bad client's huge line fails here
			if !ok {
				return
			}
			mu.Lock()
			served = append(served, name)
			n := len(served)
			mu.Unlock()
			c.SendLine("hello " + name)
			if n == 2 {
				ln.Close() // two good clients: stop serving
			}
		})
	}()

	talk := func(send string) string {
		c, err := net.Dial("tcp", addr)
		if err != nil {
			t.Fatal(err)
		}
		defer c.Close()
		c.SetDeadline(time.Now().Add(10 * time.Second))
		c.Write([]byte(send))
		got, _ := io.ReadAll(c)
		return string(got)
	}
	if got := talk("alice\n"); got != "hello alice\n" {
		t.Fatalf("first client got %q", got)
	}
	talk(strings.Repeat("x", 1000)) // no newline, far over the limit
	if got := talk("bob\n"); got != "hello bob\n" {
		t.Fatalf("client after the bad one got %q", got)
	}
	select {
	case <-done:
	case <-time.After(10 * time.Second):
		t.Fatal("Serve did not return after the listener closed")
	}
	w.Close()
	report, _ := io.ReadAll(r)
	if !strings.Contains(string(report), "message too long") || !strings.Contains(string(report), "the server goes on") {
		t.Errorf("report of the bad client = %q", report)
	}
}

func TestConnectRefusedHint(t *testing.T) {
	ln := sock.Listen("127.0.0.1:0")
	addr := ln.Addr()
	ln.Close()
	v := catch(func() { sock.Connect(addr.Host, addr.Port) })
	var ge *netgate.Error
	err, _ := v.(error)
	if !errors.As(err, &ge) || !strings.Contains(err.Error(), "is the server running at") {
		t.Fatalf("Connect to a closed port panicked with %v", v)
	}
}

func TestRecvWithAHugeSizeAllocatesNoHugeBuffer(t *testing.T) {
	ln := sock.Listen("127.0.0.1:0")
	defer ln.Close()
	go func() {
		c, _ := ln.Accept()
		c.SendString("hi")
		c.Close()
	}()
	c := sock.Dial(ln.Addr().String())
	defer c.Close()
	if got := c.Recv(1 << 40); string(got) != "hi" {
		t.Fatalf("Recv(1<<40) = %q, want the 2 bytes sent", got)
	}
}

func TestRecvReturnsWhatArrivedInAReusedBuffer(t *testing.T) {
	ln := sock.Listen("127.0.0.1:0")
	defer ln.Close()
	received := make(chan struct{}) // closed once the first Recv has returned
	go func() {
		c, _ := ln.Accept()
		c.SendString("first")
		<-received // so that the first Recv cannot find both sends waiting
		c.SendString("second")
		c.Close()
	}()
	c := sock.Dial(ln.Addr().String())
	defer c.Close()
	var got []byte
	var first []byte
	for {
		b := c.Recv(65536)
		if first == nil {
			first = b
			close(received)
		}
		if len(b) == 0 {
			break
		}
		got = append(got, b...)
	}
	if string(got) != "firstsecond" {
		t.Fatalf("Recv gave %q, want what was sent", got)
	}
	if cap(first) < len("first") || len(first) != len("first") {
		t.Fatalf("Recv returned %d bytes (cap %d), want exactly the 5 that arrived", len(first), cap(first))
	}
}

func TestRecvAllocatesNothing(t *testing.T) {
	ln := sock.Listen("127.0.0.1:0")
	defer ln.Close()
	go func() {
		c, _ := ln.Accept()
		c.Send(bytes.Repeat([]byte("z"), 1<<20))
		c.Close()
	}()
	c := sock.Dial(ln.Addr().String())
	defer c.Close()
	c.Recv(1) // the buffer comes into being
	if allocs := testing.AllocsPerRun(100, func() { c.Recv(1000) }); allocs != 0 {
		t.Errorf("Recv allocated %v times a call", allocs)
	}
}

func TestServeTellsOffTheClientOverTheFrameMemory(t *testing.T) {
	sock.SetFrameMemory(256 << 10)
	defer sock.SetFrameMemory(sock.DefaultFrameMemory)
	ln := sock.Listen("127.0.0.1:0")
	addr := ln.Addr().String()

	r, w, _ := os.Pipe()
	oldStderr := os.Stderr
	os.Stderr = w
	defer func() { os.Stderr = oldStderr }()
	done := make(chan struct{})
	go func() {
		defer close(done)
		ln.Serve(func(c *sock.Conn) {
			line, ok := c.RecvLine()
			if ok && line == "bye" {
				ln.Close()
			}
		})
	}()
	c, err := net.Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	c.SetDeadline(time.Now().Add(10 * time.Second))
	c.Write(bytes.Repeat([]byte("x"), 512<<10)) // no newline, under the 1 MiB frame limit
	io.ReadAll(c)                               // the server gives up on this client
	c.Close()
	c, err = net.Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	c.Write([]byte("bye\n"))
	c.Close()
	select {
	case <-done:
	case <-time.After(10 * time.Second):
		t.Fatal("Serve did not go on to the next client")
	}
	w.Close()
	report, _ := io.ReadAll(r)
	if !strings.Contains(string(report), "message too long for the memory left") || !strings.Contains(string(report), "256.0 KiB allowed") {
		t.Errorf("report = %q, want the memory limit named", report)
	}
}
