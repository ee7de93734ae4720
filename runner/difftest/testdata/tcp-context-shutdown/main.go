// difftest: same
package main

// A TCP server that stops when its context is cancelled: a goroutine closes
// the listener, Accept then fails with net.ErrClosed, and the server waits
// for the connections it is serving before it returns.

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"net"
	"sync"
)

func serve(ctx context.Context, ln net.Listener) error {
	go func() {
		<-ctx.Done()
		ln.Close()
	}()
	var wg sync.WaitGroup
	defer wg.Wait()
	for {
		c, err := ln.Accept()
		if errors.Is(err, net.ErrClosed) {
			return ctx.Err()
		}
		if err != nil {
			return err
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			defer c.Close()
			sc := bufio.NewScanner(c)
			for sc.Scan() {
				fmt.Fprintf(c, "%d\n", len(sc.Text()))
			}
		}()
	}
}

func main() {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error)
	go func() { done <- serve(ctx, ln) }()

	c, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		panic(err)
	}
	r := bufio.NewReader(c)
	for _, w := range []string{"one", "three", "seventeen"} {
		fmt.Fprintln(c, w)
		n, _ := r.ReadString('\n')
		fmt.Print(w, " has length ", n)
	}
	cancel()
	c.Close()
	err = <-done
	fmt.Println("server stopped:", err, errors.Is(err, context.Canceled))
	_, err = ln.Accept()
	fmt.Println(err)
	fmt.Println(errors.Is(err, net.ErrClosed))
}
