// difftest: same
package main

// A listener that serves at most two connections at once, like
// golang.org/x/net/netutil.LimitListener: a struct embedding net.Listener
// whose Accept waits for a slot, and connections whose Close frees it,
// served by net/http.

import (
	"fmt"
	"io"
	"net"
	"net/http"
	"sync"
	"sync/atomic"
	"time"
)

type limitListener struct {
	net.Listener
	slots chan struct{}
}

type limitConn struct {
	net.Conn
	once    sync.Once
	release func()
}

func (c *limitConn) Close() error {
	err := c.Conn.Close()
	c.once.Do(c.release)
	return err
}

func (l *limitListener) Accept() (net.Conn, error) {
	l.slots <- struct{}{}
	c, err := l.Listener.Accept()
	if err != nil {
		<-l.slots
		return nil, err
	}
	return &limitConn{Conn: c, release: func() { <-l.slots }}, nil
}

func main() {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	limited := &limitListener{Listener: ln, slots: make(chan struct{}, 2)}
	var busy, most atomic.Int32
	srv := &http.Server{Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		n := busy.Add(1)
		for {
			m := most.Load()
			if n <= m || most.CompareAndSwap(m, n) {
				break
			}
		}
		time.Sleep(20 * time.Millisecond)
		busy.Add(-1)
		w.Header().Set("Connection", "close")
		fmt.Fprint(w, "ok")
	})}
	go srv.Serve(limited)

	var wg sync.WaitGroup
	var oks atomic.Int32
	for i := 0; i < 6; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			resp, err := http.Get("http://" + ln.Addr().String())
			if err != nil {
				fmt.Println(err)
				return
			}
			b, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			if string(b) == "ok" {
				oks.Add(1)
			}
		}()
	}
	wg.Wait()
	srv.Close()
	fmt.Println("answered:", oks.Load())
	fmt.Println("at most two at once:", most.Load() <= 2, most.Load() > 0)
	fmt.Printf("%T\n", srv.Serve(limited))
}
