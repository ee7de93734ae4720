// difftest: same
package main

// A JSON API on a real loopback server with Go 1.22 patterns: methods,
// {id} and {path...} wildcards, {$}, a 405 with its Allow header, strict
// decoding with DisallowUnknownFields, and http.Error's replies.

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"sort"
	"strconv"
	"sync"
)

type User struct {
	ID   int    `json:"id"`
	Name string `json:"name"`
}

type store struct {
	mu    sync.Mutex
	next  int
	users map[int]User
}

func (s *store) create(w http.ResponseWriter, r *http.Request) {
	var u User
	dec := json.NewDecoder(r.Body)
	dec.DisallowUnknownFields()
	if err := dec.Decode(&u); err != nil {
		http.Error(w, "bad user: "+err.Error(), http.StatusBadRequest)
		return
	}
	s.mu.Lock()
	s.next++
	u.ID = s.next
	s.users[u.ID] = u
	s.mu.Unlock()
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Location", "/users/"+strconv.Itoa(u.ID))
	w.WriteHeader(http.StatusCreated)
	json.NewEncoder(w).Encode(u)
}

func (s *store) get(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.Atoi(r.PathValue("id"))
	if err != nil {
		http.Error(w, "id: "+err.Error(), http.StatusBadRequest)
		return
	}
	s.mu.Lock()
	u, ok := s.users[id]
	s.mu.Unlock()
	if !ok {
		http.NotFound(w, r)
		return
	}
	json.NewEncoder(w).Encode(u)
}

func (s *store) list(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	var all []User
	for _, u := range s.users {
		all = append(all, u)
	}
	s.mu.Unlock()
	sort.Slice(all, func(i, j int) bool { return all[i].ID < all[j].ID })
	json.NewEncoder(w).Encode(all)
}

func main() {
	s := &store{users: map[int]User{}}
	mux := http.NewServeMux()
	mux.HandleFunc("POST /users", s.create)
	mux.HandleFunc("GET /users", s.list)
	mux.HandleFunc("GET /users/{id}", s.get)
	mux.HandleFunc("GET /static/{path...}", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintf(w, "file %q\n", r.PathValue("path"))
	})
	mux.HandleFunc("GET /{$}", func(w http.ResponseWriter, r *http.Request) { io.WriteString(w, "home\n") })

	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	srv := &http.Server{Handler: mux}
	go srv.Serve(ln)
	defer srv.Close()
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
		fmt.Printf("%s %s -> %d %q", method, path, resp.StatusCode, b)
		if a := resp.Header.Get("Allow"); a != "" {
			fmt.Printf(" Allow=%s", a)
		}
		if l := resp.Header.Get("Location"); l != "" {
			fmt.Printf(" Location=%s", l)
		}
		fmt.Println(" type=" + resp.Header.Get("Content-Type"))
	}
	do("POST", "/users", `{"name":"ada"}`)
	do("POST", "/users", `{"name":"bob","admin":true}`)
	do("POST", "/users", `{"name":`)
	do("POST", "/users", `{"name":"cy"}`)
	do("GET", "/users/2", "")
	do("GET", "/users/9", "")
	do("GET", "/users/x", "")
	do("GET", "/users", "")
	do("DELETE", "/users/1", "")
	do("GET", "/static/css/site.css", "")
	do("GET", "/", "")
	do("GET", "/nothing", "")
}
