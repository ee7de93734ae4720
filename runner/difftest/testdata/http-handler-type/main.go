// difftest: same
package main

import (
	"fmt"
	"io"
	"net"
	"net/http"
	"sync"
)

type counter struct {
	mu   sync.Mutex
	hits map[string]int
}

func (c *counter) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	c.mu.Lock()
	c.hits[r.URL.Path]++
	n := c.hits[r.URL.Path]
	c.mu.Unlock()
	if r.Method != http.MethodGet {
		http.Error(w, "only GET", http.StatusMethodNotAllowed)
		return
	}
	fmt.Fprintf(w, "%s visited %d times", r.URL.Path, n)
}

func main() {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	defer ln.Close()
	go http.Serve(ln, &counter{hits: map[string]int{}})
	base := "http://" + ln.Addr().String()
	for _, p := range []string{"/a", "/a", "/b"} {
		resp, err := http.Get(base + p)
		if err != nil {
			panic(err)
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		fmt.Println(resp.StatusCode, string(body))
	}
	req, _ := http.NewRequest(http.MethodDelete, base+"/a", nil)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		panic(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	fmt.Printf("%d %q\n", resp.StatusCode, body)
}
