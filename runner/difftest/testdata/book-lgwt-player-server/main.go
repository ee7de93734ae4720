// difftest: same
package main

// Learn Go with Tests, HTTP Server: a PlayerServer backed by a
// PlayerStore interface, with a StubPlayerStore and an
// InMemoryPlayerStore guarded by a mutex; requests made with
// httptest.NewRequest and answered into a ResponseRecorder.

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
)

type PlayerStore interface {
	GetPlayerScore(name string) int
	RecordWin(name string)
}

type PlayerServer struct {
	store PlayerStore
}

func (p *PlayerServer) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	player := strings.TrimPrefix(r.URL.Path, "/players/")
	switch r.Method {
	case http.MethodPost:
		p.processWin(w, player)
	case http.MethodGet:
		p.showScore(w, player)
	}
}

func (p *PlayerServer) showScore(w http.ResponseWriter, player string) {
	score := p.store.GetPlayerScore(player)
	if score == 0 {
		w.WriteHeader(http.StatusNotFound)
	}
	fmt.Fprint(w, score)
}

func (p *PlayerServer) processWin(w http.ResponseWriter, player string) {
	p.store.RecordWin(player)
	w.WriteHeader(http.StatusAccepted)
}

type StubPlayerStore struct {
	scores   map[string]int
	winCalls []string
}

func (s *StubPlayerStore) GetPlayerScore(name string) int { return s.scores[name] }

func (s *StubPlayerStore) RecordWin(name string) { s.winCalls = append(s.winCalls, name) }

type InMemoryPlayerStore struct {
	mu    sync.RWMutex
	store map[string]int
}

func NewInMemoryPlayerStore() *InMemoryPlayerStore {
	return &InMemoryPlayerStore{store: map[string]int{}}
}

func (i *InMemoryPlayerStore) RecordWin(name string) {
	i.mu.Lock()
	defer i.mu.Unlock()
	i.store[name]++
}

func (i *InMemoryPlayerStore) GetPlayerScore(name string) int {
	i.mu.RLock()
	defer i.mu.RUnlock()
	return i.store[name]
}

func do(server http.Handler, method, path string) *httptest.ResponseRecorder {
	request := httptest.NewRequest(method, path, nil)
	response := httptest.NewRecorder()
	server.ServeHTTP(response, request)
	return response
}

func main() {
	store := StubPlayerStore{scores: map[string]int{"Pepper": 20, "Floyd": 10}}
	server := &PlayerServer{&store}
	for _, name := range []string{"Pepper", "Floyd", "Apollo"} {
		res := do(server, http.MethodGet, "/players/"+name)
		fmt.Printf("%s: %d %q\n", name, res.Code, res.Body.String())
	}
	res := do(server, http.MethodPost, "/players/Pepper")
	fmt.Println(res.Code, store.winCalls)

	mem := NewInMemoryPlayerStore()
	server = &PlayerServer{mem}
	var wg sync.WaitGroup
	for i := 0; i < 30; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			do(server, http.MethodPost, "/players/Pepper")
		}()
	}
	wg.Wait()
	res = do(server, http.MethodGet, "/players/Pepper")
	fmt.Println(res.Code, res.Body.String(), res.Header().Get("Content-Type"))
}
