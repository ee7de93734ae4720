// difftest: same
package main

// A chunked response read by hand: the server (net/http) flushes its body
// in pieces without a Content-Length, so it goes out with
// Transfer-Encoding: chunked; the client, a raw socket, reads the status
// line and headers, then each chunk's hex size and data until the zero
// chunk, as the web server lab's extension asks.

import (
	"bufio"
	"fmt"
	"io"
	"net"
	"net/http"
	"strconv"
	"strings"
)

func main() {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	defer ln.Close()
	go http.Serve(ln, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain")
		for _, part := range []string{"first part\n", "the second, longer part\n", "end\n"} {
			io.WriteString(w, part)
			w.(http.Flusher).Flush()
		}
	}))
	conn, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		panic(err)
	}
	defer conn.Close()
	fmt.Fprint(conn, "GET /stream HTTP/1.1\r\nHost: lab\r\nConnection: close\r\n\r\n")
	r := bufio.NewReader(conn)
	status, _ := r.ReadString('\n')
	fmt.Print("status: ", status)
	for {
		h, _ := r.ReadString('\n')
		if h == "\r\n" {
			break
		}
		if name, value, ok := strings.Cut(strings.TrimSpace(h), ": "); ok && name != "Date" {
			fmt.Printf("header %s = %s\n", name, value)
		}
	}
	var body strings.Builder
	for {
		line, err := r.ReadString('\n')
		if err != nil {
			fmt.Println("error:", err)
			return
		}
		size, err := strconv.ParseInt(strings.TrimSpace(line), 16, 64)
		if err != nil {
			fmt.Println("bad chunk size:", err)
			return
		}
		fmt.Printf("chunk of %d bytes\n", size)
		if size == 0 {
			break
		}
		chunk := make([]byte, size+2)
		io.ReadFull(r, chunk)
		body.Write(chunk[:size])
	}
	fmt.Printf("body: %q\n", body.String())
}
