// difftest: same
package main

// A middleware that turns a handler's panic into a 500 and a log line
// (on standard output, no time stamps), so one bad request does not take
// the connection down. The other middleware times nothing and only
// counts requests.

import (
	"fmt"
	"io"
	"log"
	"net"
	"net/http"
	"os"
	"strconv"
	"sync/atomic"
)

var logger = log.New(os.Stdout, "http: ", 0)

func recoverer(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		defer func() {
			if v := recover(); v != nil {
				logger.Printf("panic serving %s: %v", r.URL.Path, v)
				http.Error(w, "internal error", http.StatusInternalServerError)
			}
		}()
		next.ServeHTTP(w, r)
	})
}

func counter(n *atomic.Int64, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		n.Add(1)
		next.ServeHTTP(w, r)
	})
}

func divide(w http.ResponseWriter, r *http.Request) {
	a, _ := strconv.Atoi(r.URL.Query().Get("a"))
	b, _ := strconv.Atoi(r.URL.Query().Get("b"))
	if a < 0 {
		panic(fmt.Sprintf("negative a: %d", a))
	}
	fmt.Fprintf(w, "%d / %d = %d", a, b, a/b)
}

func main() {
	var requests atomic.Int64
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	defer ln.Close()
	go http.Serve(ln, counter(&requests, recoverer(http.HandlerFunc(divide))))
	for _, q := range []string{"a=10&b=3", "a=1&b=0", "a=-4&b=2", "a=9&b=9"} {
		resp, err := http.Get("http://" + ln.Addr().String() + "/div?" + q)
		if err != nil {
			fmt.Println(err)
			continue
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		fmt.Printf("%-9s %d %s\n", q, resp.StatusCode, b)
	}
	fmt.Println("requests:", requests.Load())
}
