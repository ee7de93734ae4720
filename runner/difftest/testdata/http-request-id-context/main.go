// difftest: same
package main

// Request-scoped values: a middleware gives each request an ID under an
// unexported key type, stores it in the request's context with
// context.WithValue, and the handler and a helper read it back.

import (
	"context"
	"fmt"
	"io"
	"net"
	"net/http"
	"strings"
	"sync/atomic"
)

type ctxKey int

const requestIDKey ctxKey = 0

var nextID atomic.Int64

func withRequestID(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		id := fmt.Sprintf("req-%03d", nextID.Add(1))
		ctx := context.WithValue(r.Context(), requestIDKey, id)
		w.Header().Set("X-Request-ID", id)
		next.ServeHTTP(w, r.WithContext(ctx))
	})
}

func requestID(ctx context.Context) string {
	id, ok := ctx.Value(requestIDKey).(string)
	if !ok {
		return "none"
	}
	return id
}

func main() {
	mux := http.NewServeMux()
	mux.HandleFunc("/work", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintf(w, "%s handled %s", requestID(r.Context()), r.URL.Path)
	})
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	defer ln.Close()
	go http.Serve(ln, withRequestID(mux))
	for i := 0; i < 3; i++ {
		resp, err := http.Get("http://" + ln.Addr().String() + "/work")
		if err != nil {
			panic(err)
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		fmt.Println(strings.TrimSpace(string(b)), resp.Header.Get("X-Request-Id"))
	}
	fmt.Println(requestID(context.Background()))
	fmt.Println(context.WithValue(context.Background(), requestIDKey, "x").Value(ctxKey(1)))
}
