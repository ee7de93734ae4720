// difftest: same
package main

// http.Server's ConnState, BaseContext, ConnContext and
// RegisterOnShutdown hooks, with keys of a string type of the script.

import (
	"context"
	"fmt"
	"io"
	"net"
	"net/http"
	"sync"
)

type ctxKey string

func main() {
	var mu sync.Mutex
	var states []string
	srv := &http.Server{
		Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			fmt.Fprintf(w, "app=%v conn=%v", r.Context().Value(ctxKey("app")), r.Context().Value(ctxKey("conn")))
		}),
		ConnState: func(c net.Conn, s http.ConnState) {
			mu.Lock()
			states = append(states, s.String())
			mu.Unlock()
		},
		BaseContext: func(l net.Listener) context.Context {
			return context.WithValue(context.Background(), ctxKey("app"), "demo")
		},
		ConnContext: func(ctx context.Context, c net.Conn) context.Context {
			return context.WithValue(ctx, ctxKey("conn"), fmt.Sprintf("%T", c))
		},
	}
	ln, _ := net.Listen("tcp", "127.0.0.1:0")
	shut := make(chan struct{})
	hooked := make(chan string, 1)
	srv.RegisterOnShutdown(func() { hooked <- "on shutdown hook" })
	go func() {
		err := srv.Serve(ln)
		fmt.Println("serve returned:", err, err == http.ErrServerClosed)
		close(shut)
	}()
	tr := &http.Transport{}
	cl := &http.Client{Transport: tr}
	for i := 0; i < 2; i++ {
		resp, err := cl.Get("http://" + ln.Addr().String() + "/")
		if err != nil {
			panic(err)
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		fmt.Println(string(b))
	}
	tr.CloseIdleConnections()
	srv.Shutdown(context.Background())
	<-shut
	fmt.Println(<-hooked)
	mu.Lock()
	fmt.Println(states[0], states[1], len(states) >= 3)
	mu.Unlock()
	fmt.Println(http.StateHijacked, http.ConnState(99))
}
