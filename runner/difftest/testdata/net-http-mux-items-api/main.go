// difftest: same
package main

// A JSON items API on Go 1.22 ServeMux patterns: methods, {id} and
// {path...} wildcards, {$}, 405 with Allow, DisallowUnknownFields.

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"sync"
)

type Item struct {
	ID    int      `json:"id"`
	Name  string   `json:"name"`
	Price float64  `json:"price,omitempty"`
	Tags  []string `json:"tags,omitempty"`
}

type store struct {
	mu    sync.Mutex
	items map[int]Item
	next  int
}

func (s *store) list(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := []Item{}
	for i := 1; i < s.next; i++ {
		if it, ok := s.items[i]; ok {
			out = append(out, it)
		}
	}
	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(out)
}

func (s *store) get(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.Atoi(r.PathValue("id"))
	if err != nil {
		http.Error(w, "bad id: "+err.Error(), http.StatusBadRequest)
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

func (s *store) create(w http.ResponseWriter, r *http.Request) {
	var it Item
	dec := json.NewDecoder(r.Body)
	dec.DisallowUnknownFields()
	if err := dec.Decode(&it); err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	s.mu.Lock()
	it.ID = s.next
	s.items[it.ID] = it
	s.next++
	s.mu.Unlock()
	w.Header().Set("Location", fmt.Sprintf("/items/%d", it.ID))
	w.WriteHeader(http.StatusCreated)
	json.NewEncoder(w).Encode(it)
}

func (s *store) del(w http.ResponseWriter, r *http.Request) {
	id, _ := strconv.Atoi(r.PathValue("id"))
	s.mu.Lock()
	delete(s.items, id)
	s.mu.Unlock()
	w.WriteHeader(http.StatusNoContent)
}

func main() {
	s := &store{items: map[int]Item{}, next: 1}
	mux := http.NewServeMux()
	mux.HandleFunc("GET /items", s.list)
	mux.HandleFunc("GET /items/{id}", s.get)
	mux.HandleFunc("POST /items", s.create)
	mux.HandleFunc("DELETE /items/{id}", s.del)
	mux.HandleFunc("GET /files/{path...}", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintf(w, "file %q\n", r.PathValue("path"))
	})
	mux.HandleFunc("GET /{$}", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintln(w, "home")
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()
	do := func(method, path, body string) {
		req, _ := http.NewRequest(method, srv.URL+path, strings.NewReader(body))
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			fmt.Println("error:", err)
			return
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		fmt.Printf("%s %s -> %d %s ct=%q loc=%q allow=%q\n  %s", method, path, resp.StatusCode, http.StatusText(resp.StatusCode), resp.Header.Get("Content-Type"), resp.Header.Get("Location"), resp.Header.Get("Allow"), b)
		if len(b) == 0 || b[len(b)-1] != '\n' {
			fmt.Println()
		}
	}
	do("GET", "/", "")
	do("GET", "/nothing", "")
	do("POST", "/items", `{"name":"pen","price":1.5,"tags":["office"]}`)
	do("POST", "/items", `{"name":"cup"}`)
	do("POST", "/items", `{"name":"cup","color":"red"}`)
	do("POST", "/items", `{"name":`)
	do("GET", "/items", "")
	do("GET", "/items/2", "")
	do("GET", "/items/x", "")
	do("GET", "/items/9", "")
	do("PUT", "/items/1", "")
	do("DELETE", "/items/1", "")
	do("GET", "/items", "")
	do("GET", "/files/a/b/c.txt", "")
}
