// difftest: same
package main

// server1-3 of chapter 1 of The Go Programming Language, on one loopback
// server: the handler echoes the path, counts the requests under a mutex
// (/count reads the count), and server3's handler echoes the request's
// method, URL, protocol, headers and form.

import (
	"fmt"
	"io"
	"log"
	"net"
	"net/http"
	"net/url"
	"sort"
	"strings"
	"sync"
)

var mu sync.Mutex
var count int

func handler(w http.ResponseWriter, r *http.Request) {
	mu.Lock()
	count++
	mu.Unlock()
	fmt.Fprintf(w, "URL.Path = %q\n", r.URL.Path)
}

func counter(w http.ResponseWriter, r *http.Request) {
	mu.Lock()
	fmt.Fprintf(w, "Count %d\n", count)
	mu.Unlock()
}

func echo(w http.ResponseWriter, r *http.Request) {
	fmt.Fprintf(w, "%s %s %s\n", r.Method, r.URL, r.Proto)
	var keys []string
	for k := range r.Header {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Fprintf(w, "Header[%q] = %q\n", k, r.Header[k])
	}
	fmt.Fprintf(w, "Host = %q\n", r.Host)
	if err := r.ParseForm(); err != nil {
		log.Print(err)
	}
	for _, k := range []string{"q", "n", "v"} {
		fmt.Fprintf(w, "Form[%q] = %q\n", k, r.Form[k])
	}
}

func get(client *http.Client, req *http.Request) {
	resp, err := client.Do(req)
	if err != nil {
		log.Fatal(err)
	}
	b, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	fmt.Print(string(b))
}

func main() {
	http.HandleFunc("/", handler)
	http.HandleFunc("/count", counter)
	http.HandleFunc("/echo", echo)
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		log.Fatal(err)
	}
	go http.Serve(ln, nil)
	base := "http://" + ln.Addr().String()
	client := &http.Client{Transport: &http.Transport{DisableCompression: true}}
	for _, p := range []string{"/", "/hello", "/a/b/c"} {
		req, _ := http.NewRequest("GET", base+p, nil)
		get(client, req)
	}
	req, _ := http.NewRequest("GET", base+"/count", nil)
	get(client, req)
	form := url.Values{"v": {"posted"}, "q": {"body"}}
	req, _ = http.NewRequest("POST", base+"/echo?q=query&n=1", strings.NewReader(form.Encode()))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Set("User-Agent", "gopl")
	get(client, req)
}
