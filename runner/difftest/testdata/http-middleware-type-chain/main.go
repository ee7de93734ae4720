// difftest: same
package main

// Middleware of a named type over http.HandlerFunc, chained by a variadic
// function handed a literal, in a main that defers.

import (
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
)

type Middleware func(http.HandlerFunc) http.HandlerFunc

func Chain(f http.HandlerFunc, ms ...Middleware) http.HandlerFunc {
	for _, m := range ms {
		f = m(f)
	}
	return f
}

func Method(m string) Middleware {
	return func(f http.HandlerFunc) http.HandlerFunc {
		return func(w http.ResponseWriter, r *http.Request) {
			if r.Method != m {
				http.Error(w, http.StatusText(http.StatusBadRequest), http.StatusBadRequest)
				return
			}
			f(w, r)
		}
	}
}

func Logging(out *strings.Builder) Middleware {
	return func(f http.HandlerFunc) http.HandlerFunc {
		return func(w http.ResponseWriter, r *http.Request) {
			defer func() { fmt.Fprintf(out, "%s %s\n", r.Method, r.URL.Path) }()
			f(w, r)
		}
	}
}

func main() {
	var log strings.Builder
	defer func() { fmt.Print(log.String()) }()
	srv := httptest.NewServer(Chain(func(w http.ResponseWriter, r *http.Request) {
		io.WriteString(w, "hello world")
	}, Method("GET"), Logging(&log)))
	defer srv.Close()
	for _, m := range []string{"GET", "POST"} {
		req, _ := http.NewRequest(m, srv.URL+"/hi", nil)
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			fmt.Println(err)
			continue
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		fmt.Println(m, resp.StatusCode, strings.TrimSpace(string(b)))
	}
}
