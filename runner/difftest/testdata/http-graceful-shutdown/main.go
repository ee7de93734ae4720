// difftest: same
package main

// Graceful shutdown of an http.Server: Shutdown stops new connections,
// waits for the request in flight to finish, runs the functions given to
// RegisterOnShutdown, and Serve returns http.ErrServerClosed.

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"time"
)

func main() {
	started := make(chan struct{})
	mux := http.NewServeMux()
	mux.HandleFunc("/work", func(w http.ResponseWriter, r *http.Request) {
		close(started)
		time.Sleep(100 * time.Millisecond)
		fmt.Fprintln(w, "finished the work")
	})
	srv := &http.Server{Addr: "127.0.0.1:0", Handler: mux}
	srv.RegisterOnShutdown(func() { fmt.Println("on shutdown") })
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	addr := ln.Addr().String()
	served := make(chan error, 1)
	go func() { served <- srv.Serve(ln) }()

	reply := make(chan string, 1)
	go func() {
		resp, err := http.Get("http://" + addr + "/work")
		if err != nil {
			reply <- err.Error()
			return
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		reply <- fmt.Sprintf("%d %s", resp.StatusCode, b)
	}()
	<-started

	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	err = srv.Shutdown(ctx)
	fmt.Println("shutdown:", err)
	fmt.Print("in-flight request: ", <-reply)
	err = <-served
	fmt.Println("serve:", err, errors.Is(err, http.ErrServerClosed))

	_, err = net.DialTimeout("tcp", addr, time.Second)
	fmt.Println("dial after shutdown fails:", err != nil)
	fmt.Println("serve again:", srv.Serve(ln))
	fmt.Println("listen again:", srv.ListenAndServe())
}
