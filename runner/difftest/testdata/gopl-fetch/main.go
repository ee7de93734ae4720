// difftest: same
package main

// fetch of chapter 1 of The Go Programming Language, against a server the
// program starts on loopback: http.Get each URL, io.ReadAll its body and
// print it; then the exercises, io.Copy to standard output, the "http://"
// prefix added where missing, and the status printed, a 404 too.

import (
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"strings"
)

func fetch(url string) {
	resp, err := http.Get(url)
	if err != nil {
		fmt.Fprintf(os.Stderr, "fetch: %v\n", err)
		os.Exit(1)
	}
	b, err := io.ReadAll(resp.Body)
	resp.Body.Close()
	if err != nil {
		fmt.Fprintf(os.Stderr, "fetch: reading %s: %v\n", url, err)
		os.Exit(1)
	}
	fmt.Printf("%s", b)
}

func fetchCopy(url string) {
	if !strings.HasPrefix(url, "http://") {
		url = "http://" + url
	}
	resp, err := http.Get(url)
	if err != nil {
		fmt.Fprintf(os.Stderr, "fetch: %v\n", err)
		os.Exit(1)
	}
	defer resp.Body.Close()
	fmt.Println(resp.Status)
	n, err := io.Copy(os.Stdout, resp.Body)
	fmt.Println("copied", n, err)
}

func main() {
	http.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/gone" {
			http.NotFound(w, r)
			return
		}
		fmt.Fprintf(w, "<html><title>%s</title></html>\n", strings.TrimPrefix(r.URL.Path, "/"))
	})
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	go http.Serve(ln, nil)
	addr := ln.Addr().String()
	for _, url := range []string{"http://" + addr + "/gopl.io", "http://" + addr + "/golang.org"} {
		fetch(url)
	}
	fetchCopy(addr + "/bad.gopl.io")
	fetchCopy(addr + "/gone")
	fetch("http://" + addr + "/x y")
}
