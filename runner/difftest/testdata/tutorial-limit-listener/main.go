// difftest: same
package main

import (
	"fmt"
	"io"
	"net"
	"net/http"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
)

type countingListener struct {
	net.Listener
	accepted atomic.Int32
	mu       sync.Mutex
	closed   bool
}

func (l *countingListener) Accept() (net.Conn, error) {
	c, err := l.Listener.Accept()
	if err != nil {
		return nil, err
	}
	l.accepted.Add(1)
	return &countingConn{Conn: c, l: l}, nil
}

func (l *countingListener) Close() error {
	l.mu.Lock()
	l.closed = true
	l.mu.Unlock()
	return l.Listener.Close()
}

type countingConn struct {
	net.Conn
	l       *countingListener
	written int64
}

func (c *countingConn) Write(p []byte) (int, error) {
	n, err := c.Conn.Write(p)
	c.written += int64(n)
	return n, err
}

type hello struct{ greeting string }

func (h hello) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	fmt.Fprintf(w, "%s, %s!", h.greeting, strings.TrimPrefix(r.URL.Path, "/"))
}

func main() {
	inner, _ := net.Listen("tcp", "127.0.0.1:0")
	ln := &countingListener{Listener: inner}
	srv := &http.Server{Handler: hello{"Hello"}}
	done := make(chan error)
	go func() { done <- srv.Serve(ln) }()
	tr := &http.Transport{DisableKeepAlives: true}
	cl := &http.Client{Transport: tr}
	var bodies []string
	for _, who := range []string{"gopher", "world", "net"} {
		resp, err := cl.Get("http://" + ln.Addr().String() + "/" + who)
		if err != nil {
			fmt.Println(err)
			continue
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		bodies = append(bodies, string(b))
	}
	sort.Sort(sort.Reverse(sort.StringSlice(bodies)))
	fmt.Println(bodies)
	srv.Close()
	err := <-done
	fmt.Println(err, err == http.ErrServerClosed, ln.accepted.Load(), ln.closed)
}
