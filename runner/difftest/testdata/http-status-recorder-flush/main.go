// difftest: same
package main

// A logging middleware's status recorder that embeds http.ResponseWriter
// and offers Unwrap, so that http.NewResponseController reaches the
// server's writer to flush; a type assertion to http.Flusher on the
// recorder itself fails as under Go, since only the interface is embedded.

import (
	"bufio"
	"fmt"
	"net/http"
	"net/http/httptest"
)

type recorder struct {
	http.ResponseWriter
	status int
}

func (r *recorder) WriteHeader(code int) {
	r.status = code
	r.ResponseWriter.WriteHeader(code)
}

func (r *recorder) Unwrap() http.ResponseWriter { return r.ResponseWriter }

// logs carries the middleware's lines to main, which prints each after
// the client's, so that the output's order does not depend on which
// goroutine runs first.
var logs = make(chan string, 3)

func logged(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		rec := &recorder{ResponseWriter: w, status: 200}
		next.ServeHTTP(rec, r)
		logs <- fmt.Sprint("log: ", r.Method, " ", r.URL.Path, " ", rec.status)
	})
}

func main() {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /stream", func(w http.ResponseWriter, r *http.Request) {
		_, isFlusher := w.(http.Flusher)
		fmt.Println("handler: writer is a Flusher:", isFlusher)
		rc := http.NewResponseController(w)
		for i := 1; i <= 3; i++ {
			fmt.Fprintf(w, "tick %d\n", i)
			if err := rc.Flush(); err != nil {
				fmt.Println("flush:", err)
			}
		}
	})
	mux.HandleFunc("GET /teapot", func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(http.StatusTeapot)
	})
	srv := httptest.NewServer(logged(mux))
	defer srv.Close()

	for _, p := range []string{"/stream", "/teapot", "/missing"} {
		resp, err := http.Get(srv.URL + p)
		if err != nil {
			fmt.Println(err)
			continue
		}
		sc := bufio.NewScanner(resp.Body)
		for sc.Scan() {
			fmt.Println("client:", sc.Text())
		}
		resp.Body.Close()
		fmt.Println("client status:", resp.Status, "chunked:", len(resp.TransferEncoding) > 0)
		fmt.Println(<-logs)
	}
}
