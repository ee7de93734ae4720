// difftest: same
package main

import (
	"fmt"
	"io"
	"log"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"time"
)

type statusRecorder struct {
	http.ResponseWriter
	status int
	bytes  int
}

func (r *statusRecorder) WriteHeader(code int) {
	r.status = code
	r.ResponseWriter.WriteHeader(code)
}

func (r *statusRecorder) Write(b []byte) (int, error) {
	if r.status == 0 {
		r.status = http.StatusOK
	}
	n, err := r.ResponseWriter.Write(b)
	r.bytes += n
	return n, err
}

type Middleware func(http.Handler) http.Handler

func Chain(h http.Handler, ms ...Middleware) http.Handler {
	for i := len(ms) - 1; i >= 0; i-- {
		h = ms[i](h)
	}
	return h
}

func Logging(l *log.Logger) Middleware {
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			rec := &statusRecorder{ResponseWriter: w}
			next.ServeHTTP(rec, r)
			l.Printf("%s %s %d %dB", r.Method, r.URL.Path, rec.status, rec.bytes)
		})
	}
}

func RequireToken(tok string) Middleware {
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			if r.Header.Get("X-Token") != tok {
				http.Error(w, "forbidden", http.StatusForbidden)
				return
			}
			next.ServeHTTP(w, r)
		})
	}
}

func hello(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Query().Get("name")
	if name == "" {
		w.WriteHeader(http.StatusBadRequest)
		io.WriteString(w, "name?\n")
		return
	}
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	fmt.Fprintf(w, "hello %s\n", strings.Title(name))
}

func main() {
	l := log.New(os.Stdout, "[mw] ", log.Lmsgprefix)
	h := Chain(http.HandlerFunc(hello), Logging(l), RequireToken("s3cret"))
	cases := []struct {
		url, tok string
	}{
		{"/hello?name=ada", "s3cret"},
		{"/hello", "s3cret"},
		{"/hello?name=bob", "wrong"},
	}
	for _, c := range cases {
		req := httptest.NewRequest("GET", c.url, nil)
		req.Header.Set("X-Token", c.tok)
		rr := httptest.NewRecorder()
		h.ServeHTTP(rr, req)
		res := rr.Result()
		body, _ := io.ReadAll(res.Body)
		fmt.Printf("%d %q %q %v\n", res.StatusCode, res.Header.Get("Content-Type"), body, rr.Flushed)
	}
	srv := httptest.NewUnstartedServer(h)
	srv.Config.ReadTimeout = time.Second
	srv.Start()
	defer srv.Close()
	req, _ := http.NewRequest("GET", srv.URL+"/hello?name=net", nil)
	req.Header.Set("X-Token", "s3cret")
	resp, err := srv.Client().Do(req)
	if err != nil {
		log.Fatal(err)
	}
	b, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	fmt.Printf("%s %q %d\n", resp.Status, b, resp.ContentLength)
}
