// difftest: same
package main

// An http.Client with a Timeout against a handler that answers too slowly:
// the error is a *url.Error whose Timeout() is true, and the request's own
// context deadline gives context.DeadlineExceeded.

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
	release := make(chan struct{})
	mux := http.NewServeMux()
	mux.HandleFunc("/slow", func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-release:
		case <-r.Context().Done():
		}
		fmt.Fprintln(w, "late")
	})
	mux.HandleFunc("/fast", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintln(w, "quick")
	})
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	defer ln.Close()
	go http.Serve(ln, mux)
	defer close(release)
	base := "http://" + ln.Addr().String()

	client := &http.Client{Timeout: 500 * time.Millisecond}
	resp, err := client.Get(base + "/fast")
	if err != nil {
		panic(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	fmt.Printf("fast: %s", body)

	_, err = client.Get(base + "/slow")
	fmt.Println(err)
	var ue *url.Error
	if errors.As(err, &ue) {
		fmt.Println("op:", ue.Op, "timeout:", ue.Timeout())
	}
	var ne net.Error
	fmt.Println("net.Error:", errors.As(err, &ne) && ne.Timeout())

	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Millisecond)
	defer cancel()
	req, _ := http.NewRequestWithContext(ctx, "GET", base+"/slow", nil)
	_, err = http.DefaultClient.Do(req)
	fmt.Println(err)
	fmt.Println("deadline:", errors.Is(err, context.DeadlineExceeded))
}
