// difftest: same
package main

// Middleware as functions from handler to handler: one records the status
// a handler writes (a ResponseWriter that embeds the real one), one demands
// a token, and they wrap the mux in order.

import (
	"fmt"
	"io"
	"net"
	"net/http"
	"strings"
	"sync"
)

type recorder struct {
	http.ResponseWriter
	status int
}

func (r *recorder) WriteHeader(code int) {
	r.status = code
	r.ResponseWriter.WriteHeader(code)
}

var (
	mu  sync.Mutex
	log []string
)

func logging(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		rec := &recorder{ResponseWriter: w, status: http.StatusOK}
		next.ServeHTTP(rec, r)
		mu.Lock()
		log = append(log, fmt.Sprintf("%s %s %d", r.Method, r.URL.Path, rec.status))
		mu.Unlock()
	})
}

func auth(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("Authorization") != "Bearer secret" {
			http.Error(w, "unauthorized", http.StatusUnauthorized)
			return
		}
		next.ServeHTTP(w, r)
	})
}

func main() {
	mux := http.NewServeMux()
	mux.HandleFunc("/hello", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintf(w, "hello, %s\n", r.URL.Query().Get("name"))
	})
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	defer ln.Close()
	go http.Serve(ln, logging(auth(mux)))
	base := "http://" + ln.Addr().String()

	for _, tc := range []struct{ path, token string }{
		{"/hello?name=ada", "secret"},
		{"/hello?name=bob", "wrong"},
		{"/missing", "secret"},
	} {
		req, _ := http.NewRequest("GET", base+tc.path, nil)
		req.Header.Set("Authorization", "Bearer "+tc.token)
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			panic(err)
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		fmt.Printf("%d %q %s\n", resp.StatusCode, strings.TrimSpace(string(body)), resp.Header.Get("Content-Type"))
	}
	mu.Lock()
	fmt.Println(strings.Join(log, "\n"))
	mu.Unlock()
}
