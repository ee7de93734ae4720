// difftest: same
package main

// Taking over the connection from net/http: a handler hijacks it, writes
// a 101 reply and then speaks a line protocol of its own on the raw TCP
// connection, as a WebSocket upgrade does.

import (
	"bufio"
	"fmt"
	"net"
	"net/http"
	"strings"
)

func upgrade(w http.ResponseWriter, r *http.Request) {
	if r.Header.Get("Upgrade") != "echo" {
		http.Error(w, "upgrade required", http.StatusUpgradeRequired)
		return
	}
	hj, ok := w.(http.Hijacker)
	if !ok {
		http.Error(w, "cannot hijack", http.StatusInternalServerError)
		return
	}
	conn, rw, err := hj.Hijack()
	if err != nil {
		return
	}
	defer conn.Close()
	rw.WriteString("HTTP/1.1 101 Switching Protocols\r\nUpgrade: echo\r\nConnection: Upgrade\r\n\r\n")
	rw.Flush()
	for {
		line, err := rw.ReadString('\n')
		if err != nil {
			return
		}
		rw.WriteString(strings.ToUpper(line))
		rw.Flush()
	}
}

func main() {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	defer ln.Close()
	go http.Serve(ln, http.HandlerFunc(upgrade))

	resp, err := http.Get("http://" + ln.Addr().String())
	if err == nil {
		fmt.Println("plain GET:", resp.Status)
		resp.Body.Close()
	}

	c, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		panic(err)
	}
	defer c.Close()
	fmt.Fprint(c, "GET /chat HTTP/1.1\r\nHost: lab\r\nUpgrade: echo\r\nConnection: Upgrade\r\n\r\n")
	r := bufio.NewReader(c)
	resp, err = http.ReadResponse(r, nil)
	if err != nil {
		panic(err)
	}
	fmt.Println(resp.Status, resp.Header.Get("Upgrade"))
	for _, m := range []string{"hello", "raw tcp now"} {
		fmt.Fprintln(c, m)
		line, _ := r.ReadString('\n')
		fmt.Print(line)
	}
}
