// difftest: same
package main

// Giving up on a slow page: the client's request carries a context with a
// deadline of 100 ms, the handler takes longer and notices through
// r.Context() that the client went away. The error is a *url.Error
// wrapping context.DeadlineExceeded.

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"time"
)

func main() {
	handlerSaw := make(chan string, 1)
	mux := http.NewServeMux()
	mux.HandleFunc("/slow", func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-time.After(3 * time.Second):
			io.WriteString(w, "finally")
			handlerSaw <- "finished"
		case <-r.Context().Done():
			handlerSaw <- "client gone: " + r.Context().Err().Error()
		}
	})
	mux.HandleFunc("/fast", func(w http.ResponseWriter, r *http.Request) { io.WriteString(w, "quick") })
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	defer ln.Close()
	go http.Serve(ln, mux)

	get := func(path string, wait time.Duration) {
		ctx, cancel := context.WithTimeout(context.Background(), wait)
		defer cancel()
		req, _ := http.NewRequestWithContext(ctx, "GET", "http://"+ln.Addr().String()+path, nil)
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			var ue *url.Error
			fmt.Printf("%s: timeout=%v deadline=%v url.Error=%v op=%s\n", path,
				errors.As(err, &ue) && ue.Timeout(), errors.Is(err, context.DeadlineExceeded), ue != nil, ue.Op)
			return
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		fmt.Printf("%s: %s\n", path, b)
	}
	get("/fast", 5*time.Second)
	get("/slow", 100*time.Millisecond)
	fmt.Println("handler:", <-handlerSaw)
}
