// difftest: same
package main

// A small web API: a counter service whose handlers are methods of a
// struct, registered as method values on a ServeMux with Go 1.22 patterns,
// behind a middleware that logs each request to a slice. The client reads
// the JSON replies back into a struct.

import (
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"strconv"
	"strings"
	"sync"
)

type Counters struct {
	mu     sync.Mutex
	counts map[string]int
	log    []string
}

type reply struct {
	Name  string `json:"name"`
	Count int    `json:"count"`
	Note  string `json:"note,omitempty"`
}

func (c *Counters) get(w http.ResponseWriter, r *http.Request) {
	name := r.PathValue("name")
	c.mu.Lock()
	n, ok := c.counts[name]
	c.mu.Unlock()
	if !ok {
		http.Error(w, "no counter "+name, http.StatusNotFound)
		return
	}
	json.NewEncoder(w).Encode(reply{Name: name, Count: n})
}

func (c *Counters) add(w http.ResponseWriter, r *http.Request) {
	name := r.PathValue("name")
	by := 1
	if s := r.URL.Query().Get("by"); s != "" {
		n, err := strconv.Atoi(s)
		if err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		by = n
	}
	c.mu.Lock()
	c.counts[name] += by
	n := c.counts[name]
	c.mu.Unlock()
	w.WriteHeader(http.StatusCreated)
	json.NewEncoder(w).Encode(reply{Name: name, Count: n, Note: "added " + strconv.Itoa(by)})
}

func (c *Counters) logged(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		c.mu.Lock()
		c.log = append(c.log, r.Method+" "+r.URL.Path)
		c.mu.Unlock()
		next.ServeHTTP(w, r)
	})
}

func main() {
	c := &Counters{counts: map[string]int{}}
	mux := http.NewServeMux()
	mux.HandleFunc("GET /count/{name}", c.get)
	mux.HandleFunc("POST /count/{name}", c.add)
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	srv := &http.Server{Handler: c.logged(mux)}
	go srv.Serve(ln)
	defer srv.Close()
	base := "http://" + ln.Addr().String()

	steps := []struct{ method, path string }{
		{"GET", "/count/visits"}, {"POST", "/count/visits"}, {"POST", "/count/visits?by=5"},
		{"POST", "/count/visits?by=many"}, {"GET", "/count/visits"}, {"DELETE", "/count/visits"},
	}
	for _, s := range steps {
		req, _ := http.NewRequest(s.method, base+s.path, nil)
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			panic(err)
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		var rep reply
		if err := json.Unmarshal(body, &rep); err != nil {
			fmt.Printf("%-6s %-22s %d %s\n", s.method, s.path, resp.StatusCode, strings.TrimSpace(string(body)))
			continue
		}
		fmt.Printf("%-6s %-22s %d %+v\n", s.method, s.path, resp.StatusCode, rep)
	}
	c.mu.Lock()
	fmt.Println(len(c.log), "requests logged; last:", c.log[len(c.log)-1])
	c.mu.Unlock()
}
