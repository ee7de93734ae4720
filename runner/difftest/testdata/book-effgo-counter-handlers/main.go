// difftest: same
package main

// Effective Go, Interfaces and methods: a Counter struct, an integer
// Counter type, a Chan notifier and a HandlerFunc adapter, all
// http.Handlers, served by a mux on loopback and asked by a client.

import (
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
)

type Counter struct {
	n int
}

func (ctr *Counter) ServeHTTP(w http.ResponseWriter, req *http.Request) {
	ctr.n++
	fmt.Fprintf(w, "counter = %d\n", ctr.n)
}

type IntCounter int

func (ctr *IntCounter) ServeHTTP(w http.ResponseWriter, req *http.Request) {
	*ctr++
	fmt.Fprintf(w, "counter = %d\n", *ctr)
}

type Chan chan *http.Request

func (ch Chan) ServeHTTP(w http.ResponseWriter, req *http.Request) {
	ch <- req
	fmt.Fprint(w, "notification sent\n")
}

func ArgServer(w http.ResponseWriter, req *http.Request) {
	fmt.Fprintln(w, "args:", len(os.Args) > 0)
}

func main() {
	mux := http.NewServeMux()
	ctr := new(Counter)
	mux.Handle("/counter", ctr)
	ic := new(IntCounter)
	mux.Handle("/int", ic)
	notify := make(Chan, 4)
	mux.Handle("/events", notify)
	mux.Handle("/args", http.HandlerFunc(ArgServer))

	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		fmt.Println(err)
		return
	}
	srv := &http.Server{Handler: mux}
	go srv.Serve(ln)
	defer srv.Close()

	base := "http://" + ln.Addr().String()
	for _, path := range []string{"/counter", "/counter", "/int", "/int", "/int", "/events", "/args", "/missing"} {
		resp, err := http.Get(base + path)
		if err != nil {
			fmt.Println(err)
			return
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		fmt.Printf("%s %d %s", path, resp.StatusCode, body)
	}
	req := <-notify
	fmt.Println("notified of", req.Method, req.URL.Path)
	fmt.Println(ctr.n, *ic, len(notify))
}
