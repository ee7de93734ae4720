// difftest: same
package main

// The ServeMux patterns of Go 1.22: a method and a wildcard in the pattern,
// r.PathValue to read it, a {path...} rest, {$} for the root alone, and the
// 405 with an Allow header that a wrong method gets.

import (
	"fmt"
	"io"
	"net"
	"net/http"
	"strings"
)

func main() {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /items/{id}", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintf(w, "item %s\n", r.PathValue("id"))
	})
	mux.HandleFunc("DELETE /items/{id}", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintf(w, "deleted %s\n", r.PathValue("id"))
	})
	mux.HandleFunc("GET /files/{path...}", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintf(w, "file %q\n", r.PathValue("path"))
	})
	mux.HandleFunc("GET /{$}", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintln(w, "home")
	})
	mux.HandleFunc("POST /items", func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		w.WriteHeader(http.StatusCreated)
		fmt.Fprintf(w, "created %s\n", body)
	})

	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	defer ln.Close()
	go http.Serve(ln, mux)
	base := "http://" + ln.Addr().String()

	requests := []struct{ method, path, body string }{
		{"GET", "/items/42", ""},
		{"DELETE", "/items/7", ""},
		{"PUT", "/items/7", ""},
		{"GET", "/files/a/b/c.txt", ""},
		{"GET", "/", ""},
		{"GET", "/nothing", ""},
		{"POST", "/items", "pencil"},
		{"HEAD", "/items/1", ""},
	}
	for _, rq := range requests {
		req, err := http.NewRequest(rq.method, base+rq.path, strings.NewReader(rq.body))
		if err != nil {
			panic(err)
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			fmt.Println(err)
			continue
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		fmt.Printf("%s %s -> %s", rq.method, rq.path, resp.Status)
		if allow := resp.Header.Get("Allow"); allow != "" {
			fmt.Printf(" (Allow: %s)", allow)
		}
		fmt.Printf(": %q\n", body)
	}
}
