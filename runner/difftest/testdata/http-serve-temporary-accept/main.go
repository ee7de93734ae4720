// difftest: same
// A Listener whose Accept fails twice with a script's error whose
// Temporary method says true: http.Server.Serve retries, as Go does,
// and serves the request that follows (its log of the retries discarded).
package main

import (
	"errors"
	"fmt"
	"io"
	"log"
	"net"
	"net/http"
	"sync/atomic"
)

type tempErr struct{ n int }

func (e tempErr) Error() string   { return fmt.Sprintf("temporary failure %d", e.n) }
func (e tempErr) Timeout() bool   { return false }
func (e tempErr) Temporary() bool { return true }

type flaky struct {
	net.Listener
	fails atomic.Int32
}

func (f *flaky) Accept() (net.Conn, error) {
	if n := f.fails.Add(1); n <= 2 {
		return nil, tempErr{int(n)}
	}
	return f.Listener.Accept()
}

func main() {
	inner, _ := net.Listen("tcp", "127.0.0.1:0")
	ln := &flaky{Listener: inner}
	srv := &http.Server{Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { fmt.Fprint(w, "ok") }), ErrorLog: log.New(io.Discard, "", 0)}
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	resp, err := http.Get("http://" + inner.Addr().String())
	if err != nil {
		fmt.Println("get failed")
		select {
		case e := <-errc:
			fmt.Println("serve returned:", e)
		}
		return
	}
	resp.Body.Close()
	fmt.Println(resp.Status, ln.fails.Load() >= 3)
	srv.Close()
	e := <-errc
	fmt.Println(e, errors.Is(e, http.ErrServerClosed))
}
