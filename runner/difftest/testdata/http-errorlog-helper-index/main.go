// difftest: same
package main

// A server whose ErrorLog logs the panics of the helpers its handlers
// call: an index out of range in a method and in a function, a slice
// bound, each with Go's runtime error.

import (
	"fmt"
	"io"
	"log"
	"net"
	"net/http"
	"regexp"
	"strings"
	"sync"
)

// lineWriter hands the first line of each log entry to a channel.
type lineWriter struct {
	mu    sync.Mutex
	lines chan string
}

func (l *lineWriter) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	first, _, _ := strings.Cut(string(p), "\n")
	l.lines <- first
	return len(p), nil
}

type store struct{ items []string }

func (s *store) get(i int) string { return s.items[i] }

func pick(parts []string, i int) string { return parts[i] }

func prefix(s string, n int) string { return s[:n] }

func main() {
	lw := &lineWriter{lines: make(chan string, 10)}
	s := &store{items: []string{"a"}}
	mux := http.NewServeMux()
	mux.HandleFunc("/item", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintln(w, s.get(len(r.URL.Path)))
	})
	mux.HandleFunc("/part", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintln(w, pick(strings.Split("x,y", ","), len(r.URL.Path)))
	})
	mux.HandleFunc("/prefix", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintln(w, prefix("go", len(r.URL.Path)))
	})
	mux.HandleFunc("/ok", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintln(w, s.get(0), pick([]string{"p"}, 0), prefix("go", 1))
	})
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		log.Fatal(err)
	}
	srv := &http.Server{Handler: mux, ErrorLog: log.New(lw, "server: ", 0)}
	go srv.Serve(ln)
	defer srv.Close()
	addr := regexp.MustCompile(`127\.0\.0\.1:\d+`)
	for _, path := range []string{"/item", "/part", "/prefix", "/ok"} {
		resp, err := http.Get("http://" + ln.Addr().String() + path)
		if err != nil {
			fmt.Println(path, "failed:", strings.Contains(err.Error(), "EOF"))
			fmt.Println(addr.ReplaceAllString(<-lw.lines, "ADDR"))
			continue
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		fmt.Printf("%s %d %q\n", path, resp.StatusCode, b)
	}
}
