// difftest: same
package main

// Learn Go with Tests, JSON, routing and embedding: a PlayerServer that
// embeds http.Handler, routes with a ServeMux, and answers /league with
// a JSON array of Players; the client side decodes it and compares.

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"reflect"
	"strings"
)

type Player struct {
	Name string
	Wins int
}

type League []Player

func (l League) Find(name string) *Player {
	for i, p := range l {
		if p.Name == name {
			return &l[i]
		}
	}
	return nil
}

type PlayerStore interface {
	GetPlayerScore(name string) int
	RecordWin(name string)
	GetLeague() League
}

type PlayerServer struct {
	store PlayerStore
	http.Handler
}

const jsonContentType = "application/json"

func NewPlayerServer(store PlayerStore) *PlayerServer {
	p := new(PlayerServer)
	p.store = store
	router := http.NewServeMux()
	router.Handle("/league", http.HandlerFunc(p.leagueHandler))
	router.Handle("/players/", http.HandlerFunc(p.playersHandler))
	p.Handler = router
	return p
}

func (p *PlayerServer) leagueHandler(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("content-type", jsonContentType)
	json.NewEncoder(w).Encode(p.store.GetLeague())
}

func (p *PlayerServer) playersHandler(w http.ResponseWriter, r *http.Request) {
	player := strings.TrimPrefix(r.URL.Path, "/players/")
	if r.Method == http.MethodPost {
		p.store.RecordWin(player)
		w.WriteHeader(http.StatusAccepted)
		return
	}
	fmt.Fprint(w, p.store.GetPlayerScore(player))
}

type memStore struct{ league League }

func (m *memStore) GetPlayerScore(name string) int {
	if p := m.league.Find(name); p != nil {
		return p.Wins
	}
	return 0
}

func (m *memStore) RecordWin(name string) {
	if p := m.league.Find(name); p != nil {
		p.Wins++
		return
	}
	m.league = append(m.league, Player{name, 1})
}

func (m *memStore) GetLeague() League { return m.league }

func getLeagueFromResponse(body io.Reader) (league []Player, err error) {
	err = json.NewDecoder(body).Decode(&league)
	return
}

func main() {
	store := &memStore{League{{"Cleo", 32}, {"Chris", 20}}}
	server := NewPlayerServer(store)
	for _, name := range []string{"Tiest", "Chris", "Tiest", "Tiest"} {
		res := httptest.NewRecorder()
		server.ServeHTTP(res, httptest.NewRequest(http.MethodPost, "/players/"+name, nil))
	}
	res := httptest.NewRecorder()
	server.ServeHTTP(res, httptest.NewRequest(http.MethodGet, "/league", nil))
	fmt.Println(res.Code, res.Header().Get("content-type"))
	fmt.Print(res.Body.String())
	got, err := getLeagueFromResponse(strings.NewReader(res.Body.String()))
	want := []Player{{"Cleo", 32}, {"Chris", 21}, {"Tiest", 3}}
	fmt.Println(got, err, reflect.DeepEqual(got, want))
	_, err = getLeagueFromResponse(strings.NewReader(`[{"Name": "x", "Wins": "many"}]`))
	fmt.Println(err)
	res = httptest.NewRecorder()
	server.ServeHTTP(res, httptest.NewRequest(http.MethodGet, "/players/Tiest", nil))
	fmt.Println(res.Body.String())
}
