// Package wiretest records real loopback exchanges for the wire packages'
// tests.
package wiretest

import (
	"io"
	"net"
	"testing"

	"github.com/socklab/socklab/runner/wire"
	"github.com/socklab/socklab/runner/wire/recorder"
)

// Exchange runs a server that sends msgs and closes, and a client that
// reads to the end, each recorded as a program of its own, and returns
// the trace.
func Exchange(t testing.TB, msgs []string) *wire.Trace {
	return ExchangeOn(t, "127.0.0.1:0", msgs)
}

// ExchangeOn is Exchange with the server listening on addr; it skips the
// test where addr cannot be used (no IPv6, say).
func ExchangeOn(t testing.TB, addr string, msgs []string) *wire.Trace {
	dir := t.TempDir()
	show := func(a net.Addr) string { return a.String() }
	rec := func(pid int, name string) *recorder.Recorder {
		w, err := wire.Create(dir, pid)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { w.Close() })
		return recorder.New(w, name, "", show)
	}
	srv, cli := rec(1, "server.go"), rec(2, "client.go")
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		t.Skipf("cannot listen on %s: %v", addr, err)
	}
	defer ln.Close()
	done := make(chan struct{})
	go func() {
		defer close(done)
		c, err := ln.Accept()
		if err != nil {
			return
		}
		sc := srv.Wrap(c, true)
		for _, m := range msgs {
			sc.Write([]byte(m))
		}
		sc.Close()
	}()
	c, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		t.Fatal(err)
	}
	cc := cli.Wrap(c, false)
	io.ReadAll(cc)
	cc.Close()
	<-done
	tr, err := wire.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	return tr
}
