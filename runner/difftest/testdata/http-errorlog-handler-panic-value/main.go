// difftest: same
package main

import (
	"fmt"
	"io"
	"log"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
)

type validationError struct {
	field string
}

func (e validationError) Error() string { return "invalid " + e.field }

type notice struct{ text string }

func (n *notice) String() string { return "notice: " + n.text }

// firstLines prints the first line of each message the server logs, with
// the client's address left out.
type firstLines struct {
	mu   sync.Mutex
	seen chan string
}

func (f *firstLines) Write(p []byte) (int, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	line, _, _ := strings.Cut(string(p), "\n")
	if i := strings.Index(line, "127.0.0.1:"); i >= 0 {
		j := strings.Index(line[i:], ": ")
		line = line[:i] + "CLIENT" + line[i+j:]
	}
	f.seen <- line
	return len(p), nil
}

func recoverer(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		defer func() {
			v := recover()
			if ve, ok := v.(validationError); ok {
				http.Error(w, "bad field "+ve.field, http.StatusBadRequest)
				return
			}
			if v != nil {
				panic(v)
			}
		}()
		next.ServeHTTP(w, r)
	})
}

func main() {
	mux := http.NewServeMux()
	mux.Handle("/form", recoverer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		panic(validationError{"email"})
	})))
	mux.HandleFunc("/raw", func(w http.ResponseWriter, r *http.Request) {
		panic(&validationError{"name"})
	})
	mux.HandleFunc("/notice", func(w http.ResponseWriter, r *http.Request) {
		panic(&notice{"disk full"})
	})
	logs := &firstLines{seen: make(chan string, 10)}
	srv := httptest.NewUnstartedServer(mux)
	srv.Config.ErrorLog = log.New(logs, "server: ", 0)
	srv.Start()
	defer srv.Close()
	client := &http.Client{Transport: &http.Transport{DisableKeepAlives: true}}
	for _, path := range []string{"/form", "/raw", "/notice"} {
		req, _ := http.NewRequest(http.MethodPost, srv.URL+path, nil)
		resp, err := client.Do(req)
		if err != nil {
			fmt.Println(path, "connection closed")
			fmt.Println(<-logs.seen)
			continue
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		fmt.Printf("%s %d %q\n", path, resp.StatusCode, b)
	}
}
