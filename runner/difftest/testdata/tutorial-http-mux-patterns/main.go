// difftest: same
package main

// Go 1.22 ServeMux patterns: methods, wildcards ({id}, {path...}), {$},
// 405 with Allow, a body limited by http.MaxBytesReader and its
// *http.MaxBytesError, JSON in and out of a small item store.

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"slices"
	"strconv"
	"strings"
	"sync"
)

type Item struct {
	ID    int      `json:"id"`
	Name  string   `json:"name"`
	Tags  []string `json:"tags,omitempty"`
	price int
}

type Store struct {
	mu    sync.Mutex
	items map[int]Item
	next  int
}

func (s *Store) create(w http.ResponseWriter, r *http.Request) {
	r.Body = http.MaxBytesReader(w, r.Body, 64)
	var it Item
	if err := json.NewDecoder(r.Body).Decode(&it); err != nil {
		var mbe *http.MaxBytesError
		if errors.As(err, &mbe) {
			http.Error(w, fmt.Sprintf("too big (limit %d)", mbe.Limit), http.StatusRequestEntityTooLarge)
			return
		}
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	s.mu.Lock()
	s.next++
	it.ID = s.next
	s.items[it.ID] = it
	s.mu.Unlock()
	w.Header().Set("Location", "/items/"+strconv.Itoa(it.ID))
	w.WriteHeader(http.StatusCreated)
	json.NewEncoder(w).Encode(it)
}

func (s *Store) get(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.Atoi(r.PathValue("id"))
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	s.mu.Lock()
	it, ok := s.items[id]
	s.mu.Unlock()
	if !ok {
		http.NotFound(w, r)
		return
	}
	json.NewEncoder(w).Encode(it)
}

func main() {
	s := &Store{items: map[int]Item{}}
	mux := http.NewServeMux()
	mux.HandleFunc("POST /items", s.create)
	mux.HandleFunc("GET /items/{id}", s.get)
	mux.HandleFunc("GET /files/{path...}", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintf(w, "file %q\n", r.PathValue("path"))
	})
	mux.HandleFunc("/{$}", func(w http.ResponseWriter, r *http.Request) { io.WriteString(w, "root\n") })
	ts := httptest.NewServer(mux)
	defer ts.Close()
	do := func(method, path, body string) {
		req, _ := http.NewRequest(method, ts.URL+path, strings.NewReader(body))
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			fmt.Println(err)
			return
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		keys := slices.Sorted(func(yield func(string) bool) {
			for k := range resp.Header {
				if k == "Date" || k == "Content-Length" {
					continue
				}
				if !yield(k) {
					return
				}
			}
		})
		fmt.Printf("%s %s -> %d %s %v %q\n", method, path, resp.StatusCode, resp.Status, keys, b)
		if a := resp.Header.Get("Allow"); a != "" {
			fmt.Println("  allow:", a)
		}
	}
	do("POST", "/items", `{"name":"pen","tags":["x"],"price":3}`)
	do("POST", "/items", `{"name":"`+strings.Repeat("a", 100)+`"}`)
	do("POST", "/items", `{"name":`)
	do("GET", "/items/1", "")
	do("GET", "/items/9", "")
	do("GET", "/items/abc", "")
	do("DELETE", "/items/1", "")
	do("GET", "/files/a/b/c.txt", "")
	do("GET", "/", "")
	do("GET", "/nope", "")
}
