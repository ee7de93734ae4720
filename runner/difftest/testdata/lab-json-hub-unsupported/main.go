// difftest: refused encoding/json's *json.UnsupportedTypeError names map[*main.Client]bool, where the interpreter's type spells the struct by its fields
package main

// A chat hub's status endpoint encodes the hub itself, whose set of
// clients is a map keyed by pointers: Go's encoder refuses it, and the
// error names the map's type.

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
)

type Client struct {
	Name string
	send chan string
}

type Hub struct {
	Room    string
	Clients map[*Client]bool
}

func main() {
	hub := &Hub{Room: "lobby", Clients: map[*Client]bool{{Name: "ann"}: true}}
	ts := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		b, err := json.Marshal(hub)
		if err != nil {
			http.Error(w, err.Error(), http.StatusInternalServerError)
			return
		}
		w.Write(b)
	}))
	defer ts.Close()
	resp, err := http.Get(ts.URL)
	if err != nil {
		fmt.Println(err)
		return
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	fmt.Printf("%d %s", resp.StatusCode, body)
}
