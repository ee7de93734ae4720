// difftest: same
package main

// HTTP middleware as tutorials write it: functions that take an
// http.HandlerFunc and return one, chained around the handlers of a
// router, served on loopback and asked by a client.

import (
	"fmt"
	"io"
	"net"
	"net/http"
	"strings"
)

type Middleware func(http.HandlerFunc) http.HandlerFunc

func logging(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		fmt.Println("->", r.Method, r.URL.Path)
		next(w, r)
	}
}

func requireKey(key string) Middleware {
	return func(next http.HandlerFunc) http.HandlerFunc {
		return func(w http.ResponseWriter, r *http.Request) {
			if r.Header.Get("X-Key") != key {
				http.Error(w, "forbidden", http.StatusForbidden)
				return
			}
			next(w, r)
		}
	}
}

func chain(h http.HandlerFunc, ms ...Middleware) http.HandlerFunc {
	for i := len(ms) - 1; i >= 0; i-- {
		h = ms[i](h)
	}
	return h
}

type Router struct{ routes map[string]http.HandlerFunc }

func (rt *Router) Handle(path string, h http.HandlerFunc) { rt.routes[path] = h }

func (rt *Router) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if h, ok := rt.routes[r.URL.Path]; ok {
		h(w, r)
		return
	}
	http.NotFound(w, r)
}

func hello(w http.ResponseWriter, r *http.Request) { fmt.Fprintln(w, "hello") }

func secret(w http.ResponseWriter, r *http.Request) { fmt.Fprintln(w, "the secret is 42") }

func main() {
	rt := &Router{routes: map[string]http.HandlerFunc{}}
	rt.Handle("/hello", logging(hello))
	rt.Handle("/secret", chain(secret, logging, requireKey("s3")))

	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		fmt.Println(err)
		return
	}
	go http.Serve(ln, rt)
	base := "http://" + ln.Addr().String()

	for _, c := range []struct{ path, key string }{{"/hello", ""}, {"/secret", ""}, {"/secret", "s3"}, {"/missing", ""}} {
		req, _ := http.NewRequest("GET", base+c.path, nil)
		if c.key != "" {
			req.Header.Set("X-Key", c.key)
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			fmt.Println(err)
			continue
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		fmt.Println(resp.StatusCode, strings.TrimSpace(string(body)))
	}
}
