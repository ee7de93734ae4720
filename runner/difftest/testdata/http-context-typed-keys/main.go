// difftest: same
package main

// Request-scoped values in middleware with keys of one unexported type
// on int (type ctxKey int), a request id made per request, a value
// missing from the context, and context.WithTimeout's deadline seen by
// the handler through r.Context().

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strconv"
	"sync/atomic"
	"time"
)

type ctxKey int

const (
	userKey ctxKey = iota
	requestIDKey
	roleKey
)

var nextID atomic.Int64

func withRequest(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ctx, cancel := context.WithTimeout(r.Context(), time.Minute)
		defer cancel()
		ctx = context.WithValue(ctx, userKey, r.Header.Get("X-User"))
		ctx = context.WithValue(ctx, requestIDKey, "req-"+strconv.FormatInt(nextID.Add(1), 10))
		next.ServeHTTP(w, r.WithContext(ctx))
	})
}

func main() {
	h := withRequest(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ctx := r.Context()
		user, _ := ctx.Value(userKey).(string)
		id, _ := ctx.Value(requestIDKey).(string)
		role, ok := ctx.Value(roleKey).(string)
		_, hasDeadline := ctx.Deadline()
		fmt.Fprintf(w, "user=%q id=%s role=%q/%v deadline=%v int-key=%v", user, id, role, ok, hasDeadline, ctx.Value(1))
	}))
	srv := httptest.NewServer(h)
	defer srv.Close()
	for _, u := range []string{"ann", "", "bob"} {
		req, _ := http.NewRequest("GET", srv.URL, nil)
		req.Header.Set("X-User", u)
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			panic(err)
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		fmt.Println(string(b))
	}
}
