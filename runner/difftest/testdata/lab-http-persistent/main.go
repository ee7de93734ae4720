// difftest: same
package main

// Persistent HTTP, as the textbook contrasts it with one connection per
// object: the client sends three requests on one TCP connection and reads
// each response by its Content-Length with net/http's ReadResponse; the
// server (net/http) counts the connections it saw with ConnState.

import (
	"bufio"
	"fmt"
	"io"
	"net"
	"net/http"
	"sync"
)

func main() {
	var mu sync.Mutex
	newConns := 0
	srv := &http.Server{
		Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			fmt.Fprintf(w, "object %s", r.URL.Path)
		}),
		ConnState: func(c net.Conn, s http.ConnState) {
			if s == http.StateNew {
				mu.Lock()
				newConns++
				mu.Unlock()
			}
		},
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	go srv.Serve(ln)
	defer srv.Close()

	conn, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		panic(err)
	}
	defer conn.Close()
	r := bufio.NewReader(conn)
	paths := []string{"/index.html", "/logo.png", "/style.css"}
	for i, p := range paths {
		closeHdr := ""
		if i == len(paths)-1 {
			closeHdr = "Connection: close\r\n"
		}
		fmt.Fprintf(conn, "GET %s HTTP/1.1\r\nHost: lab\r\n%s\r\n", p, closeHdr)
		resp, err := http.ReadResponse(r, nil)
		if err != nil {
			fmt.Println("read:", err)
			return
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		fmt.Printf("%s %s %d bytes %q close=%v\n", p, resp.Status, resp.ContentLength, body, resp.Close)
	}
	_, err = r.ReadByte()
	fmt.Println("after the last:", err)
	mu.Lock()
	fmt.Println("connections the server saw:", newConns)
	mu.Unlock()
}
