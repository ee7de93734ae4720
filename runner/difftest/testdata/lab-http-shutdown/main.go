// difftest: same
package main

// Graceful shutdown of an http.Server: a request in progress finishes,
// while new connections are refused; Shutdown returns once it is done and
// Serve's loop returns http.ErrServerClosed. RegisterOnShutdown runs a
// hook, on a goroutine of its own.

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
	mux.HandleFunc("/slow", func(w http.ResponseWriter, r *http.Request) {
		close(started)
		time.Sleep(200 * time.Millisecond)
		io.WriteString(w, "slow work done\n")
	})
	srv := &http.Server{Handler: mux}
	hook := make(chan string, 1)
	srv.RegisterOnShutdown(func() { hook <- "shutdown hook ran" })
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	addr := ln.Addr().String()
	served := make(chan error)
	go func() { served <- srv.Serve(ln) }()

	got := make(chan string)
	go func() {
		resp, err := http.Get("http://" + addr + "/slow")
		if err != nil {
			got <- "error: " + err.Error()
			return
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		got <- resp.Status + " " + string(b)
	}()
	<-started
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	err = srv.Shutdown(ctx)
	fmt.Println("Shutdown:", err)
	fmt.Println(<-hook)
	fmt.Print("in-flight request: ", <-got)
	err = <-served
	fmt.Println("Serve returned:", err, errors.Is(err, http.ErrServerClosed))
	_, err = http.Get("http://" + addr + "/slow")
	fmt.Println("new request fails:", err != nil)
}
