// difftest: same
package main

// A handler tried against a real server on loopback, as tutorials test
// HTTP clients: httptest.NewServer, the server's own client, an unstarted
// server configured before it starts, and a server closed under a client.

import (
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
)

func greet(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Query().Get("name")
	if name == "" {
		http.Error(w, "who are you?", http.StatusBadRequest)
		return
	}
	w.Header().Set("Content-Type", "text/plain")
	fmt.Fprintf(w, "hello, %s\n", name)
}

func get(c *http.Client, url string) {
	resp, err := c.Get(url)
	if err != nil {
		fmt.Println("error:", err != nil)
		return
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	fmt.Printf("%d %q %s", resp.StatusCode, resp.Header.Get("Content-Type"), body)
}

func main() {
	ts := httptest.NewServer(http.HandlerFunc(greet))
	fmt.Printf("%T %v\n", ts, strings.HasPrefix(ts.URL, "http://127.0.0.1:"))
	get(ts.Client(), ts.URL+"?name=gopher")
	get(http.DefaultClient, ts.URL)
	ts.Close()
	get(http.DefaultClient, ts.URL+"?name=late")

	mux := http.NewServeMux()
	mux.HandleFunc("GET /items/{id}", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintf(w, "item %s\n", r.PathValue("id"))
	})
	us := httptest.NewUnstartedServer(mux)
	us.Config.MaxHeaderBytes = 1 << 12
	fmt.Println(us.URL == "")
	us.Start()
	defer us.Close()
	get(us.Client(), us.URL+"/items/42")
	get(us.Client(), us.URL+"/nothing")
}
