// difftest: same
package main

// ServeMux with handlers of the program's own types (a struct pointer, a
// map type), a redirect, a TimeoutHandler, NotFound, and mux.Handler
// naming the pattern and the handler's type.

import (
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
)

type apiHandler struct{ calls int }

func (h *apiHandler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	h.calls++
	fmt.Fprintf(w, "api %s %s #%d", r.Method, r.URL.Path, h.calls)
}

type counter map[string]int

func (c counter) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	c[r.URL.Path]++
	fmt.Fprintf(w, "%d", c[r.URL.Path])
}

func main() {
	mux := http.NewServeMux()
	api := &apiHandler{}
	mux.Handle("/api/", api)
	cnt := counter{}
	mux.Handle("/count/", cnt)
	mux.HandleFunc("/", func(w http.ResponseWriter, req *http.Request) {
		if req.URL.Path != "/" {
			http.NotFound(w, req)
			return
		}
		fmt.Fprintf(w, "Welcome to the home page!")
	})
	mux.Handle("/old", http.RedirectHandler("/api/new", http.StatusMovedPermanently))
	mux.Handle("/tmo", http.TimeoutHandler(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		io.WriteString(w, "quick")
	}), 1e9, "too slow"))
	ts := httptest.NewServer(mux)
	defer ts.Close()
	for _, p := range []string{"/", "/api/x", "/api/y", "/count/a", "/count/a", "/nope", "/old", "/tmo", "/api"} {
		resp, err := http.Get(ts.URL + p)
		if err != nil {
			fmt.Println(err)
			continue
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		fmt.Printf("%-9s %d %q via %s\n", p, resp.StatusCode, strings.TrimSpace(string(b)), resp.Request.URL.Path)
	}
	fmt.Println(api.calls, cnt["/count/a"], len(cnt))
	h, pattern := mux.Handler(httptest.NewRequest("GET", "/api/z", nil))
	fmt.Printf("%q %T\n", pattern, h)
	h, pattern = mux.Handler(httptest.NewRequest("GET", "/count/q", nil))
	fmt.Printf("%q %T\n", pattern, h)
}
