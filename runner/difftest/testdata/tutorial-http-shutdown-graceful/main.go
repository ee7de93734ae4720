// difftest: same
package main

// A graceful shutdown: the request in flight finishes, the hook runs,
// Serve returns http.ErrServerClosed, and so does ListenAndServe after.

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"sync"
	"sync/atomic"
	"time"
)

func main() {
	var inflight atomic.Int32
	started := make(chan struct{})
	mux := http.NewServeMux()
	mux.HandleFunc("/slow", func(w http.ResponseWriter, r *http.Request) {
		inflight.Add(1)
		defer inflight.Add(-1)
		close(started)
		time.Sleep(100 * time.Millisecond)
		io.WriteString(w, "slow done")
	})
	srv := &http.Server{Handler: mux}
	hooked := make(chan string, 1)
	srv.RegisterOnShutdown(func() { hooked <- "on shutdown hook" })
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	serveErr := make(chan error, 1)
	go func() { serveErr <- srv.Serve(ln) }()
	result := make(chan string)
	go func() {
		resp, err := http.Get("http://" + ln.Addr().String() + "/slow")
		if err != nil {
			result <- "client error"
			return
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		result <- string(b)
	}()
	<-started
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	err = srv.Shutdown(ctx)
	fmt.Println("shutdown:", err, "inflight:", inflight.Load())
	fmt.Println(<-hooked)
	fmt.Println("client got:", <-result)
	err = <-serveErr
	fmt.Println(err, errors.Is(err, http.ErrServerClosed))
	_, err = http.Get("http://" + ln.Addr().String() + "/slow")
	fmt.Println(err != nil)
	// A server shut down does not listen again, whatever its address.
	fmt.Println(srv.ListenAndServe() == http.ErrServerClosed)
	onceVal := sync.OnceValue(func() int { fmt.Println("computing"); return 42 })
	fmt.Println(onceVal(), onceVal())
	onceVals := sync.OnceValues(func() (string, error) { return "cfg", errors.New("missing") })
	v, e := onceVals()
	fmt.Println(v, e)
}
