// difftest: same
package main

// An HTTP server whose handlers panic with the server's own error type
// when a request breaks a rule, and a middleware that recovers it: it
// asserts the value to error, switches on it to choose the status code
// (a *badRequest, a quota value type, a Stringer) and writes the error
// back; a panic of anything else becomes a 500. Each request is served
// on a goroutine of its own, so each recover runs there.

import (
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
)

type badRequest struct{ field string }

func (e *badRequest) Error() string { return "bad request: missing " + e.field }

type quota struct{ used, limit int }

func (q quota) Error() string { return fmt.Sprintf("quota: %d of %d used", q.used, q.limit) }

type state int

func (s state) String() string { return [...]string{"starting", "stopping"}[s] }

func recovering(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		defer func() {
			p := recover()
			if p == nil {
				return
			}
			code, msg := http.StatusInternalServerError, fmt.Sprint(p)
			switch v := p.(type) {
			case *badRequest:
				code = http.StatusBadRequest
			case quota:
				code = http.StatusTooManyRequests
			case fmt.Stringer:
				code, msg = http.StatusServiceUnavailable, "server "+v.String()
			}
			if err, ok := p.(error); ok {
				msg = fmt.Errorf("%s %s: %w", r.Method, r.URL.Path, err).Error()
			}
			http.Error(w, msg, code)
		}()
		next.ServeHTTP(w, r)
	})
}

func hello(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Query().Get("name")
	switch {
	case name == "":
		panic(&badRequest{"name"})
	case name == "crowd":
		panic(quota{100, 100})
	case name == "late":
		panic(state(1))
	case name == "oops":
		panic(errors.New("oops"))
	}
	fmt.Fprintf(w, "hello, %s\n", name)
}

func main() {
	srv := httptest.NewServer(recovering(http.HandlerFunc(hello)))
	defer srv.Close()
	for _, q := range []string{"?name=ada", "", "?name=crowd", "?name=late", "?name=oops"} {
		resp, err := http.Get(srv.URL + "/hello" + q)
		if err != nil {
			fmt.Println("get:", err)
			return
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		fmt.Printf("%d %s", resp.StatusCode, body)
	}
}
