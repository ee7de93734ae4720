// difftest: same
package main

// The Kurose-Ross proxy lab: a web proxy that forwards a client's request
// to the origin server and caches what it gets, so the second request for a
// page is answered from the cache. The client uses http.Transport's Proxy.

import (
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"sync"
)

type cachingProxy struct {
	mu    sync.Mutex
	cache map[string][]byte
}

func (p *cachingProxy) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	key := r.URL.String()
	p.mu.Lock()
	body, hit := p.cache[key]
	p.mu.Unlock()
	if hit {
		w.Header().Set("X-Cache", "HIT")
		w.Write(body)
		return
	}
	resp, err := http.Get(key)
	if err != nil {
		http.Error(w, "origin unreachable", http.StatusBadGateway)
		return
	}
	defer resp.Body.Close()
	body, _ = io.ReadAll(resp.Body)
	if resp.StatusCode == http.StatusOK {
		p.mu.Lock()
		p.cache[key] = body
		p.mu.Unlock()
	}
	w.Header().Set("X-Cache", "MISS")
	w.WriteHeader(resp.StatusCode)
	w.Write(body)
}

func serve(h http.Handler) string {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	go http.Serve(ln, h)
	return ln.Addr().String()
}

func main() {
	visits := 0
	origin := serve(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		visits++
		if r.URL.Path == "/gone" {
			http.NotFound(w, r)
			return
		}
		fmt.Fprintf(w, "page %s, visit %d\n", r.URL.Path, visits)
	}))
	proxy := serve(&cachingProxy{cache: map[string][]byte{}})

	proxyURL, _ := url.Parse("http://" + proxy)
	client := &http.Client{Transport: &http.Transport{Proxy: http.ProxyURL(proxyURL)}}
	for _, path := range []string{"/index.html", "/index.html", "/gone", "/gone", "/other"} {
		resp, err := client.Get("http://" + origin + path)
		if err != nil {
			fmt.Println(err)
			continue
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		fmt.Printf("%-12s %d %-4s %q\n", path, resp.StatusCode, resp.Header.Get("X-Cache"), b)
	}
	fmt.Println("origin saw", visits, "requests")
}
