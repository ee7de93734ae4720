// difftest: same
package main

// A method that holds a lock with defer while it registers handlers,
// function literals, through a method taking an http.HandlerFunc.

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"sync"
)

type server struct {
	mu  sync.Mutex
	mux *http.ServeMux
	log []string
}

func (s *server) handle(pattern string, h http.HandlerFunc) {
	s.mux.HandleFunc(pattern, func(w http.ResponseWriter, r *http.Request) {
		s.mu.Lock()
		s.log = append(s.log, pattern)
		s.mu.Unlock()
		h(w, r)
	})
}

func (s *server) routes() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.handle("GET /a", func(w http.ResponseWriter, r *http.Request) { fmt.Fprint(w, "a") })
	s.handle("GET /b/{x}", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, "b ", r.PathValue("x"))
	})
	for _, p := range []string{"c", "d"} {
		s.handle("GET /"+p, func(w http.ResponseWriter, r *http.Request) { fmt.Fprint(w, p) })
	}
}

func main() {
	s := &server{mux: http.NewServeMux()}
	s.routes()
	for _, p := range []string{"/a", "/b/7", "/c", "/d", "/e"} {
		rec := httptest.NewRecorder()
		s.mux.ServeHTTP(rec, httptest.NewRequest("GET", p, nil))
		fmt.Println(p, rec.Code, rec.Body.String())
	}
	fmt.Println(s.log)
}
