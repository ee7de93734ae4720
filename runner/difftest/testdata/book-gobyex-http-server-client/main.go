// difftest: same
package main

// Go by Example, HTTP Server and HTTP Client: hello and headers handlers
// on a mux of the program's own, served on a loopback
// listener, and asked with http.Get, reading the status and the first
// lines of the body with a bufio.Scanner.

import (
	"bufio"
	"fmt"
	"net"
	"net/http"
	"sort"
	"strings"
)

func hello(w http.ResponseWriter, req *http.Request) {
	fmt.Fprintf(w, "hello\n")
}

func headers(w http.ResponseWriter, req *http.Request) {
	var names []string
	for name := range req.Header {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		for _, h := range req.Header[name] {
			fmt.Fprintf(w, "%v: %v\n", name, h)
		}
	}
}

func main() {
	mux := http.NewServeMux()
	mux.HandleFunc("/hello", hello)
	mux.HandleFunc("/headers", headers)
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	go http.Serve(ln, mux)

	for _, path := range []string{"/hello", "/headers", "/nowhere"} {
		req, _ := http.NewRequest("GET", "http://"+ln.Addr().String()+path, nil)
		req.Header.Set("X-Lesson", "http")
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			panic(err)
		}
		fmt.Println("Response status:", resp.Status)
		scanner := bufio.NewScanner(resp.Body)
		for i := 0; scanner.Scan() && i < 5; i++ {
			line := scanner.Text()
			if strings.HasPrefix(line, "User-Agent") {
				line = "User-Agent: (the client's)"
			}
			fmt.Println(line)
		}
		resp.Body.Close()
	}
}
