// difftest: same
package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"sync"
)

type store struct {
	mu    sync.Mutex
	items map[string]float64
}

func (s *store) handle(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	defer s.mu.Unlock()
	switch r.URL.Path {
	case "/set":
		var in map[string]float64
		if err := json.NewDecoder(r.Body).Decode(&in); err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		for k, v := range in {
			s.items[k] = v
		}
		w.WriteHeader(http.StatusNoContent)
	case "/get":
		w.Header().Set("Content-Type", "application/json")
		json.NewEncoder(w).Encode(s.items)
	default:
		http.NotFound(w, r)
	}
}

func main() {
	s := &store{items: map[string]float64{}}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	defer ln.Close()
	go http.Serve(ln, http.HandlerFunc(s.handle))
	base := "http://" + ln.Addr().String()
	resp, err := http.Post(base+"/set", "application/json", bytes.NewBufferString(`{"pi": 3.14, "e": 2.72}`))
	if err != nil {
		panic(err)
	}
	resp.Body.Close()
	fmt.Println(resp.StatusCode)
	resp, _ = http.Post(base+"/set", "application/json", bytes.NewBufferString(`{bad`))
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	fmt.Printf("%d %s", resp.StatusCode, body)
	resp, _ = http.Get(base + "/get")
	body, _ = io.ReadAll(resp.Body)
	resp.Body.Close()
	fmt.Printf("%d %s", resp.StatusCode, body)
	resp, _ = http.Get(base + "/nope")
	body, _ = io.ReadAll(resp.Body)
	resp.Body.Close()
	fmt.Printf("%d %s", resp.StatusCode, body)
}
