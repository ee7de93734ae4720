// difftest: refused the interpreter makes two struct types of no fields one type at run time, so a context finds a value stored under one such key when asked for the other
package main

// Middleware that puts the user and a request id into the request's
// context under keys of two empty struct types, the idiom of Go's blog;
// the handler reads both back.

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
)

type userKey struct{}
type requestIDKey struct{}

func withUser(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ctx := context.WithValue(r.Context(), userKey{}, r.Header.Get("X-User"))
		ctx = context.WithValue(ctx, requestIDKey{}, "req-42")
		next.ServeHTTP(w, r.WithContext(ctx))
	})
}

func main() {
	h := withUser(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		user, _ := r.Context().Value(userKey{}).(string)
		id, _ := r.Context().Value(requestIDKey{}).(string)
		fmt.Fprintf(w, "user=%s id=%s", user, id)
	}))
	srv := httptest.NewServer(h)
	defer srv.Close()
	req, _ := http.NewRequest("GET", srv.URL, nil)
	req.Header.Set("X-User", "ann")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		panic(err)
	}
	defer resp.Body.Close()
	var body [64]byte
	n, _ := resp.Body.Read(body[:])
	fmt.Println(string(body[:n]))
}
