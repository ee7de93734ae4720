// difftest: same
// sort: lines
package main

// fetchall of chapter 1 of The Go Programming Language: fetches several
// URLs at once, a goroutine each, and reports each body's size on a
// channel; the loopback server stands in for the web, and the times the
// book prints are left out (they vary), so the lines are compared sorted.

import (
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"strings"
	"time"
)

func fetch(url string, ch chan<- string) {
	start := time.Now()
	resp, err := http.Get(url)
	if err != nil {
		ch <- fmt.Sprint(err) // send to channel ch
		return
	}
	nbytes, err := io.Copy(io.Discard, resp.Body)
	resp.Body.Close() // don't leak resources
	if err != nil {
		ch <- fmt.Sprintf("while reading %s: %v", url, err)
		return
	}
	secs := time.Since(start).Seconds()
	_ = secs
	ch <- fmt.Sprintf("%7d  %s", nbytes, url[strings.LastIndex(url, "/"):])
}

func main() {
	mux := http.NewServeMux()
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		n := len(r.URL.Path) * 100
		fmt.Fprint(w, strings.Repeat("x", n))
	})
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	go http.Serve(ln, mux)
	start := time.Now()
	ch := make(chan string)
	urls := []string{"/golang.org", "/gopl.io", "/godoc.org", "/a"}
	for _, path := range urls {
		go fetch("http://"+ln.Addr().String()+path, ch) // start a goroutine
	}
	for range urls {
		fmt.Println(<-ch) // receive from channel ch
	}
	fmt.Printf("all %d fetched: %t\n", len(urls), time.Since(start) < 10*time.Second)
}
