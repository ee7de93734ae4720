// difftest: same
package main

// A JSON scoreboard over net/http: POST /scores adds a player's score,
// GET /scores lists them best first, bad input gets 400 with a JSON error.
// The client posts with http.Post and decodes the answers into structs.

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net"
	"net/http"
	"sort"
	"sync"
)

type Score struct {
	Player string `json:"player"`
	Points int    `json:"points"`
}

type apiError struct {
	Error string `json:"error"`
}

type board struct {
	mu     sync.Mutex
	scores []Score
}

func (b *board) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "application/json")
	switch r.Method {
	case http.MethodPost:
		var s Score
		if err := json.NewDecoder(r.Body).Decode(&s); err != nil {
			w.WriteHeader(http.StatusBadRequest)
			json.NewEncoder(w).Encode(apiError{err.Error()})
			return
		}
		if s.Player == "" {
			w.WriteHeader(http.StatusBadRequest)
			json.NewEncoder(w).Encode(apiError{"player is required"})
			return
		}
		b.mu.Lock()
		b.scores = append(b.scores, s)
		b.mu.Unlock()
		w.WriteHeader(http.StatusCreated)
		json.NewEncoder(w).Encode(s)
	case http.MethodGet:
		b.mu.Lock()
		list := append([]Score(nil), b.scores...)
		b.mu.Unlock()
		sort.Slice(list, func(i, j int) bool { return list[i].Points > list[j].Points })
		json.NewEncoder(w).Encode(list)
	default:
		w.Header().Set("Allow", "GET, POST")
		http.Error(w, `{"error":"method not allowed"}`, http.StatusMethodNotAllowed)
	}
}

func main() {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	http.Handle("/scores", &board{})
	go http.Serve(ln, nil)
	url := "http://" + ln.Addr().String() + "/scores"

	for _, body := range []string{
		`{"player":"ann","points":30}`,
		`{"player":"bob","points":45}`,
		`{"points":10}`,
		`{"player":"cat","points":"many"}`,
		`{"player":"dan","points":12}`,
	} {
		resp, err := http.Post(url, "application/json", bytes.NewBufferString(body))
		if err != nil {
			fmt.Println(err)
			continue
		}
		var out map[string]any
		json.NewDecoder(resp.Body).Decode(&out)
		resp.Body.Close()
		fmt.Println(resp.StatusCode, out)
	}
	resp, err := http.Get(url)
	if err != nil {
		panic(err)
	}
	var list []Score
	json.NewDecoder(resp.Body).Decode(&list)
	resp.Body.Close()
	for i, s := range list {
		fmt.Printf("%d. %+v\n", i+1, s)
	}
	req, _ := http.NewRequest(http.MethodDelete, url, nil)
	resp, err = http.DefaultClient.Do(req)
	if err == nil {
		fmt.Println(resp.Status, resp.Header.Get("Allow"))
		resp.Body.Close()
	}
}
