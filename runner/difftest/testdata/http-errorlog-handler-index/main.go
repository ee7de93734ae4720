// difftest: same
package main

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

// lineWriter hands each line a logger writes to a channel.
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

type menu struct{ items []string }

func (m menu) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	n := len(r.URL.Query().Get("pick"))
	fmt.Fprintln(w, m.items[n])
}

func main() {
	lw := &lineWriter{lines: make(chan string, 10)}
	mux := http.NewServeMux()
	mux.HandleFunc("/nth", func(w http.ResponseWriter, r *http.Request) {
		scores := []int{90, 75}
		i := len(r.URL.Path)
		fmt.Fprintln(w, scores[i])
	})
	mux.HandleFunc("/word", func(w http.ResponseWriter, r *http.Request) {
		word := "go"
		fmt.Fprintln(w, word[2:len(r.URL.Path)])
	})
	mux.Handle("/menu", menu{[]string{"tea", "coffee"}})
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		log.Fatal(err)
	}
	srv := &http.Server{Handler: mux, ErrorLog: log.New(lw, "server: ", 0)}
	go srv.Serve(ln)
	defer srv.Close()
	addr := regexp.MustCompile(`127\.0\.0\.1:\d+`)
	for _, path := range []string{"/nth", "/word", "/menu?pick=ab", "/menu?pick=a"} {
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
