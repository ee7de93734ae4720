// difftest: same
package main

import (
	"fmt"
	"net"
	"net/http"
)

// A server on http.DefaultServeMux serves only the pages the program
// registers: none of the pages that expvar or net/http/pprof add when a
// program imports them.
func main() {
	http.HandleFunc("/hello", func(w http.ResponseWriter, r *http.Request) { fmt.Fprintln(w, "hi") })
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	go http.Serve(ln, nil)
	for _, path := range []string{"/hello", "/debug/vars", "/debug/pprof/", "/debug/pprof/cmdline"} {
		resp, err := http.Get("http://" + ln.Addr().String() + path)
		if err != nil {
			fmt.Println(path, err)
			continue
		}
		resp.Body.Close()
		fmt.Println(path, resp.StatusCode)
	}
}
