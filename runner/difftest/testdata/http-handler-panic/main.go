// difftest: same
package main

// A handler that panics: net/http recovers it, logs it to standard error
// and drops the connection, so the client sees an EOF; a recovering
// middleware turns the panic into a 500 instead, and http.ErrAbortHandler
// aborts quietly.

import (
	"fmt"
	"io"
	"log"
	"net"
	"net/http"
	"strings"
)

func recovering(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		defer func() {
			if v := recover(); v != nil {
				http.Error(w, fmt.Sprint("internal error: ", v), http.StatusInternalServerError)
			}
		}()
		next.ServeHTTP(w, r)
	})
}

func main() {
	mux := http.NewServeMux()
	mux.HandleFunc("/boom", func(w http.ResponseWriter, r *http.Request) {
		var m map[string]int
		m["x"] = 1
	})
	mux.HandleFunc("/abort", func(w http.ResponseWriter, r *http.Request) {
		panic(http.ErrAbortHandler)
	})
	mux.Handle("/safe", recovering(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		panic("disk on fire")
	})))
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	defer ln.Close()
	srv := &http.Server{Handler: mux, ErrorLog: log.New(io.Discard, "", 0)}
	go srv.Serve(ln)
	for _, path := range []string{"/boom", "/abort", "/safe"} {
		resp, err := http.Get("http://" + ln.Addr().String() + path)
		if err != nil {
			fmt.Println(path, "error:", err)
			fmt.Println(strings.HasSuffix(err.Error(), "EOF"))
			continue
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		fmt.Printf("%s: %d %s", path, resp.StatusCode, b)
	}
}
