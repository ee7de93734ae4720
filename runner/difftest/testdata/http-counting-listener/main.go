// difftest: same
package main

// An http.Server served on a listener of the script's own that wraps
// net.Listener and hands out connections that count the bytes they read
// and write (a struct embedding net.Conn with its own Read and Write);
// keep-alive reuses one connection for several requests.

import (
	"context"
	"fmt"
	"io"
	"net"
	"net/http"
	"sync"
	"sync/atomic"
)

type countingConn struct {
	net.Conn
	in, out *atomic.Int64
}

func (c countingConn) Read(p []byte) (int, error) {
	n, err := c.Conn.Read(p)
	c.in.Add(int64(n))
	return n, err
}

func (c countingConn) Write(p []byte) (int, error) {
	n, err := c.Conn.Write(p)
	c.out.Add(int64(n))
	return n, err
}

type countingListener struct {
	net.Listener
	mu      sync.Mutex
	conns   int
	in, out atomic.Int64
}

func (l *countingListener) Accept() (net.Conn, error) {
	c, err := l.Listener.Accept()
	if err != nil {
		return nil, err
	}
	l.mu.Lock()
	l.conns++
	l.mu.Unlock()
	return countingConn{c, &l.in, &l.out}, nil
}

func main() {
	inner, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	ln := &countingListener{Listener: inner}
	srv := &http.Server{Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Date", "fixed")
		_, isCounting := r.Context().Value(http.LocalAddrContextKey).(net.Addr)
		fmt.Fprintf(w, "hello %s (%v)", r.URL.Path, isCounting)
	})}
	go srv.Serve(ln)

	client := &http.Client{}
	url := "http://" + inner.Addr().String()
	for _, p := range []string{"/a", "/bb", "/ccc"} {
		resp, err := client.Get(url + p)
		if err != nil {
			panic(err)
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		fmt.Println(resp.StatusCode, string(b), resp.ContentLength)
	}
	client.CloseIdleConnections()
	// Shutdown returns once every connection is idle: each response's
	// Write has returned, and been counted.
	srv.Shutdown(context.Background())
	ln.mu.Lock()
	fmt.Println("connections:", ln.conns)
	ln.mu.Unlock()
	fmt.Println("bytes written:", ln.out.Load())
	fmt.Println("read something:", ln.in.Load() > 0)
}
