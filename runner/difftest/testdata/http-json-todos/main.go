// difftest: same
package main

// A JSON API on a loopback server with Go 1.22's patterns: create, list,
// read and delete todo items, with the status codes and error bodies a
// REST service answers.

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"strconv"
	"sync"
)

type Todo struct {
	ID    int    `json:"id"`
	Title string `json:"title"`
	Done  bool   `json:"done"`
}

type store struct {
	mu    sync.Mutex
	next  int
	items map[int]Todo
}

func writeJSON(w http.ResponseWriter, code int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(code)
	json.NewEncoder(w).Encode(v)
}

func (s *store) routes() *http.ServeMux {
	mux := http.NewServeMux()
	mux.HandleFunc("POST /todos", func(w http.ResponseWriter, r *http.Request) {
		var t Todo
		if err := json.NewDecoder(r.Body).Decode(&t); err != nil || t.Title == "" {
			writeJSON(w, http.StatusBadRequest, map[string]string{"error": "a todo needs a title"})
			return
		}
		s.mu.Lock()
		s.next++
		t.ID = s.next
		s.items[t.ID] = t
		s.mu.Unlock()
		w.Header().Set("Location", "/todos/"+strconv.Itoa(t.ID))
		writeJSON(w, http.StatusCreated, t)
	})
	mux.HandleFunc("GET /todos/{id}", func(w http.ResponseWriter, r *http.Request) {
		id, err := strconv.Atoi(r.PathValue("id"))
		s.mu.Lock()
		t, ok := s.items[id]
		s.mu.Unlock()
		if err != nil || !ok {
			writeJSON(w, http.StatusNotFound, map[string]string{"error": "no todo " + r.PathValue("id")})
			return
		}
		writeJSON(w, http.StatusOK, t)
	})
	mux.HandleFunc("DELETE /todos/{id}", func(w http.ResponseWriter, r *http.Request) {
		id, _ := strconv.Atoi(r.PathValue("id"))
		s.mu.Lock()
		delete(s.items, id)
		s.mu.Unlock()
		w.WriteHeader(http.StatusNoContent)
	})
	return mux
}

func main() {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	defer ln.Close()
	go http.Serve(ln, (&store{items: map[int]Todo{}}).routes())
	base := "http://" + ln.Addr().String()
	do := func(method, path, body string) {
		req, _ := http.NewRequest(method, base+path, bytes.NewBufferString(body))
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			fmt.Println(err)
			return
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		fmt.Printf("%s %s -> %d %s %s %s", method, path, resp.StatusCode, resp.Header.Get("Content-Type"), resp.Header.Get("Location"), b)
		if len(b) == 0 {
			fmt.Println()
		}
	}
	do("POST", "/todos", `{"title": "write the echo server"}`)
	do("POST", "/todos", `{"title": "test it", "done": true}`)
	do("POST", "/todos", `{"done": true}`)
	do("GET", "/todos/2", "")
	do("DELETE", "/todos/1", "")
	do("GET", "/todos/1", "")
	do("GET", "/todos/abc", "")
}
