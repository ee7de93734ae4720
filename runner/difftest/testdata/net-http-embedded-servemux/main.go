// difftest: same
package main

// A server struct embedding *http.ServeMux, routes registered on its
// promoted methods with method values, and request bodies from a reader
// of the script's own returned by a function straight to http.NewRequest.

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"sync"
)

type Server struct {
	*http.ServeMux
	mu    sync.RWMutex
	notes map[string]string
}

func NewServer() *Server {
	s := &Server{ServeMux: http.NewServeMux(), notes: map[string]string{}}
	s.HandleFunc("PUT /notes/{name}", s.put)
	s.HandleFunc("GET /notes/{name}", s.get)
	s.Handle("GET /stats", http.HandlerFunc(s.stats))
	return s
}

func (s *Server) put(w http.ResponseWriter, r *http.Request) {
	b, err := io.ReadAll(io.LimitReader(r.Body, 64))
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	s.mu.Lock()
	_, existed := s.notes[r.PathValue("name")]
	s.notes[r.PathValue("name")] = string(b)
	s.mu.Unlock()
	if existed {
		w.WriteHeader(http.StatusOK)
	} else {
		w.WriteHeader(http.StatusCreated)
	}
}

func (s *Server) get(w http.ResponseWriter, r *http.Request) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	n, ok := s.notes[r.PathValue("name")]
	if !ok {
		http.Error(w, "no such note", http.StatusNotFound)
		return
	}
	io.WriteString(w, n)
}

func (s *Server) stats(w http.ResponseWriter, r *http.Request) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	json.NewEncoder(w).Encode(struct {
		Count int `json:"count"`
	}{len(s.notes)})
}

func main() {
	ts := httptest.NewServer(NewServer())
	defer ts.Close()
	do := func(method, path, body string) {
		req, _ := http.NewRequest(method, ts.URL+path, nil)
		if body != "" {
			req, _ = http.NewRequest(method, ts.URL+path, stringsReader(body))
		}
		resp, err := ts.Client().Do(req)
		if err != nil {
			fmt.Println(err)
			return
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		fmt.Printf("%s %s: %d %q\n", method, path, resp.StatusCode, b)
	}
	do("PUT", "/notes/a", "first")
	do("PUT", "/notes/a", "second")
	do("GET", "/notes/a", "")
	do("GET", "/notes/b", "")
	do("POST", "/notes/a", "x")
	do("GET", "/stats", "")
}

type sr struct {
	s string
	i int
}

func (r *sr) Read(p []byte) (int, error) {
	if r.i >= len(r.s) {
		return 0, io.EOF
	}
	n := copy(p, r.s[r.i:])
	r.i += n
	return n, nil
}

func stringsReader(s string) io.Reader { return &sr{s: s} }
