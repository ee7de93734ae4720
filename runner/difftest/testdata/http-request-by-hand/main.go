// difftest: same
package main

// HTTP on a bare TCP connection: the server parses requests with
// http.ReadRequest and writes its answers with http.Response.Write; the
// client writes its requests with Request.Write and reads the answers with
// http.ReadResponse, keeping the connection alive between them.

import (
	"bufio"
	"fmt"
	"io"
	"net"
	"net/http"
	"strings"
)

func serve(c net.Conn) {
	defer c.Close()
	r := bufio.NewReader(c)
	for {
		req, err := http.ReadRequest(r)
		if err != nil {
			return
		}
		body, _ := io.ReadAll(req.Body)
		text := fmt.Sprintf("%s %s host=%s body=%q\n", req.Method, req.URL.Path, req.Host, body)
		resp := &http.Response{
			StatusCode:    http.StatusOK,
			ProtoMajor:    1,
			ProtoMinor:    1,
			Header:        http.Header{"Content-Type": {"text/plain"}},
			Body:          io.NopCloser(strings.NewReader(text)),
			ContentLength: int64(len(text)),
		}
		resp.Write(c)
	}
}

func main() {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	defer ln.Close()
	go func() {
		c, err := ln.Accept()
		if err == nil {
			serve(c)
		}
	}()
	c, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		panic(err)
	}
	defer c.Close()
	r := bufio.NewReader(c)
	for _, rq := range []struct{ method, path, body string }{{"GET", "/index", ""}, {"POST", "/submit", "a=1&b=2"}} {
		req, err := http.NewRequest(rq.method, "http://lab.example"+rq.path, strings.NewReader(rq.body))
		if err != nil {
			panic(err)
		}
		if err := req.Write(c); err != nil {
			panic(err)
		}
		resp, err := http.ReadResponse(r, req)
		if err != nil {
			panic(err)
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		fmt.Printf("%s %s %d: %s", resp.Proto, resp.Status, resp.ContentLength, b)
	}
	fmt.Fprint(c, "NOT HTTP AT ALL\r\n\r\n")
	_, err = http.ReadResponse(r, nil)
	fmt.Println("after a bad request:", err)
}
