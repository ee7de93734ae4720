// difftest: same
package main

// A TCP proxy that passes half-closes on: when one side stops sending, the
// proxy closes the write half towards the other with CloseWrite, so a
// request-then-response protocol that reads to EOF works through it, and
// the proxy reports how many bytes went each way.

import (
	"fmt"
	"io"
	"net"
	"strings"
	"sync"
)

func pipe(dst, src *net.TCPConn, n *int64, wg *sync.WaitGroup) {
	defer wg.Done()
	*n, _ = io.Copy(dst, src)
	dst.CloseWrite()
}

func proxy(ln net.Listener, backend string, report chan<- string) {
	c, err := ln.Accept()
	if err != nil {
		return
	}
	b, err := net.Dial("tcp", backend)
	if err != nil {
		c.Close()
		return
	}
	client, server := c.(*net.TCPConn), b.(*net.TCPConn)
	var up, down int64
	var wg sync.WaitGroup
	wg.Add(2)
	go pipe(server, client, &up, &wg)
	go pipe(client, server, &down, &wg)
	wg.Wait()
	client.Close()
	server.Close()
	report <- fmt.Sprintf("proxy: %d bytes up, %d bytes down", up, down)
}

func main() {
	back, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	defer back.Close()
	go func() {
		c, err := back.Accept()
		if err != nil {
			return
		}
		req, _ := io.ReadAll(c) // the whole request, up to the client's half-close
		fmt.Fprintf(c, "backend got %d bytes: %s", len(req), strings.ToUpper(string(req)))
		c.Close()
	}()
	front, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	defer front.Close()
	report := make(chan string)
	go proxy(front, back.Addr().String(), report)

	c, err := net.Dial("tcp", front.Addr().String())
	if err != nil {
		panic(err)
	}
	defer c.Close()
	io.WriteString(c, "a request in two parts, ")
	io.WriteString(c, "sent before the half-close")
	c.(*net.TCPConn).CloseWrite()
	reply, err := io.ReadAll(c)
	fmt.Printf("%s (err %v)\n", reply, err)
	fmt.Println(<-report)
}
