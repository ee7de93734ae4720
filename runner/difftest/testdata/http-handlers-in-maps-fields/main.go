// difftest: same
package main

// Handlers kept in map and struct literals and slices, and handed to a
// method taking an http.HandlerFunc, in functions that defer.

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"sort"
	"sync"
)

type Route struct {
	Method  string
	Handler http.HandlerFunc
}

type Server struct {
	mu     sync.Mutex
	routes map[string]Route
	hits   int
}

func (s *Server) handle(path, method string, h http.HandlerFunc) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.routes[path] = Route{method, h}
}

func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.hits++
	rt, ok := s.routes[r.URL.Path]
	if !ok {
		http.NotFound(w, r)
		return
	}
	if rt.Method != r.Method {
		w.Header().Set("Allow", rt.Method)
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	rt.Handler(w, r)
}

func build() map[string]http.HandlerFunc {
	defer fmt.Println("built")
	return map[string]http.HandlerFunc{
		"/x": func(w http.ResponseWriter, r *http.Request) { fmt.Fprint(w, "x") },
		"/y": func(w http.ResponseWriter, r *http.Request) { fmt.Fprint(w, "y") },
	}
}

func main() {
	defer fmt.Println("end")
	s := &Server{routes: map[string]Route{}}
	s.handle("/hello", "GET", func(w http.ResponseWriter, r *http.Request) { fmt.Fprint(w, "hello") })
	s.routes["/lit"] = Route{Method: "POST", Handler: func(w http.ResponseWriter, r *http.Request) { fmt.Fprint(w, "lit") }}
	m := build()
	keys := []string{}
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		s.handle(k, "GET", m[k])
	}
	handlers := []http.HandlerFunc{
		func(w http.ResponseWriter, r *http.Request) { fmt.Fprint(w, "first") },
	}
	s.handle("/first", "GET", handlers[0])
	for _, c := range [][2]string{{"GET", "/hello"}, {"POST", "/lit"}, {"GET", "/lit"}, {"GET", "/x"}, {"GET", "/y"}, {"GET", "/first"}, {"GET", "/zz"}} {
		rec := httptest.NewRecorder()
		s.ServeHTTP(rec, httptest.NewRequest(c[0], c[1], nil))
		fmt.Println(c, rec.Code, rec.Header().Get("Allow"), rec.Body.String())
	}
	fmt.Println("hits", s.hits)
}
