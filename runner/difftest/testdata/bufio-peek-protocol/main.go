// difftest: same
package main

// One port, two protocols: the server peeks at the first bytes of each
// connection with bufio.Reader.Peek, without consuming them, and answers
// HTTP requests and plain line commands differently.

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"net"
	"net/http"
	"strings"
)

func serve(c net.Conn) {
	defer c.Close()
	r := bufio.NewReader(c)
	head, err := r.Peek(4)
	if err != nil {
		fmt.Fprintf(c, "too short: %v\n", err)
		return
	}
	if bytes.Equal(head, []byte("GET ")) {
		req, err := http.ReadRequest(r)
		if err != nil {
			return
		}
		body := "you asked for " + req.URL.Path + "\n"
		fmt.Fprintf(c, "HTTP/1.1 200 OK\r\nContent-Length: %d\r\nConnection: close\r\n\r\n%s", len(body), body)
		return
	}
	fmt.Fprintf(c, "buffered %d bytes\n", r.Buffered())
	for {
		line, err := r.ReadString('\n')
		if err != nil {
			return
		}
		fmt.Fprintf(c, "cmd %s\n", strings.ToUpper(strings.TrimSpace(line)))
	}
}

func main() {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	defer ln.Close()
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			go serve(c)
		}
	}()
	resp, err := http.Get("http://" + ln.Addr().String() + "/peek")
	if err != nil {
		panic(err)
	}
	b, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	fmt.Print(resp.StatusCode, " ", string(b))

	c, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		panic(err)
	}
	fmt.Fprint(c, "list\nquit\n")
	c.(*net.TCPConn).CloseWrite()
	out, _ := io.ReadAll(c)
	fmt.Print(string(out))
	c.Close()

	c, _ = net.Dial("tcp", ln.Addr().String())
	c.Write([]byte("ab"))
	c.(*net.TCPConn).CloseWrite()
	out, _ = io.ReadAll(c)
	fmt.Print(string(out))
	c.Close()
}
