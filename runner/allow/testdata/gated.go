//go:build ignore

package main

import (
	"context"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"net/rpc"
	"os"
	"strings"
	"text/template"
	"time"
)

func main() {
	// net.ListenConfig and net.Dialer through the gate, on loopback.
	var lc net.ListenConfig
	ln, err := lc.Listen(context.Background(), "tcp", "127.0.0.1:0")
	if err != nil {
		fmt.Println("listen:", err)
		return
	}
	go func() {
		c, err := ln.Accept()
		if err == nil {
			io.WriteString(c, "hi\n")
			c.Close()
		}
	}()
	d := &net.Dialer{Timeout: time.Second}
	c, err := d.Dial("tcp", ln.Addr().String())
	if err != nil {
		fmt.Println("dial:", err)
		return
	}
	b, _ := io.ReadAll(c)
	fmt.Printf("%T %T %q\n", d, &lc, b)
	ln.Close()

	// UDP: a reply with WriteTo to a loopback sender.
	pc, _ := net.ListenPacket("udp", "127.0.0.1:0")
	uc, _ := net.DialUDP("udp", nil, pc.LocalAddr().(*net.UDPAddr))
	uc.Write([]byte("ping"))
	buf := make([]byte, 10)
	n, from, _ := pc.ReadFrom(buf)
	pc.WriteTo([]byte("pong"), from)
	m, _ := uc.Read(buf[n:])
	fmt.Printf("%T %T %s\n", pc, uc, buf[:n+m])

	// http.Server with ListenAndServe, and a client with its own Transport.
	mux := http.NewServeMux()
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) { fmt.Fprint(w, "served") })
	free, _ := net.Listen("tcp", "127.0.0.1:0")
	addr := free.Addr().String()
	free.Close()
	srv := &http.Server{Addr: addr, Handler: mux}
	go srv.ListenAndServe()
	time.Sleep(100 * time.Millisecond)
	tr := http.DefaultTransport.(*http.Transport).Clone()
	client := &http.Client{Transport: tr, Timeout: time.Second}
	resp, err := client.Get("http://" + addr + "/")
	if err != nil {
		fmt.Println("get:", err)
		return
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	resp2, err := (&http.Client{Transport: &http.Transport{}}).Get("http://" + addr + "/")
	if err == nil {
		resp2.Body.Close()
	}
	fmt.Printf("%T %T %s %v\n", srv, tr, body, err)
	srv.Shutdown(context.Background())

	// httptest's server listens on loopback through the gate, and its
	// client dials through it.
	ts := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { fmt.Fprint(w, "tested") }))
	resp3, err := ts.Client().Get(ts.URL)
	if err != nil {
		fmt.Println("httptest:", err)
		return
	}
	body3, _ := io.ReadAll(resp3.Body)
	resp3.Body.Close()
	ts.Close()
	fmt.Printf("%T %s\n", ts, body3)

	// rpc over HTTP: the CONNECT handshake, then a call.
	rpc.HandleHTTP()
	rl, _ := net.Listen("tcp", "127.0.0.1:0")
	go http.Serve(rl, nil)
	rc, err := rpc.DialHTTP("tcp", rl.Addr().String())
	if err != nil {
		fmt.Println("rpc:", err)
		return
	}
	var out int
	err = rc.Call("Arith.Double", 21, &out)
	fmt.Println("rpc:", err)

	// Files inside the folder pass.
	os.WriteFile("page.tmpl", []byte("Hello {{.}}"), 0o644)
	t, err := template.ParseFiles("page.tmpl")
	if err != nil {
		fmt.Println(err)
		return
	}
	var sb strings.Builder
	t.Execute(&sb, "world")
	f, err := http.Dir(".").Open("page.tmpl")
	fmt.Println(sb.String(), err == nil, f != nil)
	addrs, err := net.LookupHost("localhost")
	fmt.Println(len(addrs) > 0, err)
}
