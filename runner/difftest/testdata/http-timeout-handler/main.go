// difftest: same
package main

// http.TimeoutHandler: a handler that takes longer than its limit gets a
// 503 with the message given, and its request's context is cancelled; a
// quick one answers as usual.

import (
	"fmt"
	"io"
	"net"
	"net/http"
	"time"
)

func main() {
	cancelled := make(chan error, 1)
	slow := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-time.After(time.Second):
			fmt.Fprintln(w, "too late")
		case <-r.Context().Done():
			cancelled <- r.Context().Err()
		}
	})
	quick := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("X-Kind", "quick")
		fmt.Fprintln(w, "done quickly")
	})
	mux := http.NewServeMux()
	mux.Handle("/slow", http.TimeoutHandler(slow, 50*time.Millisecond, "the server took too long\n"))
	mux.Handle("/quick", http.TimeoutHandler(quick, time.Second, "unused"))
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	defer ln.Close()
	go http.Serve(ln, mux)
	for _, path := range []string{"/quick", "/slow"} {
		resp, err := http.Get("http://" + ln.Addr().String() + path)
		if err != nil {
			fmt.Println(err)
			continue
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		fmt.Printf("%s: %s %q %q\n", path, resp.Status, resp.Header.Get("X-Kind"), b)
	}
	fmt.Println("handler's context:", <-cancelled)
}
