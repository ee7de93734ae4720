// difftest: same
package main

// memo5 of chapter 9 of The Go Programming Language: the concurrent
// non-blocking cache whose map a monitor goroutine (server) alone owns;
// Get sends a request with its own response channel, an entry's first
// request starts the slow call, and later ones wait on the entry's ready
// channel. The slow function fetches a page from a loopback server, which
// counts how often each page was asked for: once, however many goroutines
// ask. Close ends the monitor.

import (
	"fmt"
	"io"
	"net"
	"net/http"
	"sort"
	"sync"
)

// Func is the type of the function to memoize.
type Func func(key string) (interface{}, error)

// A result is the result of calling a Func.
type result struct {
	value interface{}
	err   error
}

type entry struct {
	res   result
	ready chan struct{} // closed when res is ready
}

// A request is a message requesting that the Func be applied to key.
type request struct {
	key      string
	response chan<- result // the client wants a single result
}

type Memo struct{ requests chan request }

// New returns a memoization of f. Clients must subsequently call Close.
func New(f Func) *Memo {
	memo := &Memo{requests: make(chan request)}
	go memo.server(f)
	return memo
}

func (memo *Memo) Get(key string) (interface{}, error) {
	response := make(chan result)
	memo.requests <- request{key, response}
	res := <-response
	return res.value, res.err
}

func (memo *Memo) Close() { close(memo.requests) }

func (memo *Memo) server(f Func) {
	cache := make(map[string]*entry)
	for req := range memo.requests {
		e := cache[req.key]
		if e == nil {
			// This is the first request for this key.
			e = &entry{ready: make(chan struct{})}
			cache[req.key] = e
			go e.call(f, req.key) // call f(key)
		}
		go e.deliver(req.response)
	}
}

func (e *entry) call(f Func, key string) {
	// Evaluate the function.
	e.res.value, e.res.err = f(key)
	// Broadcast the ready condition.
	close(e.ready)
}

func (e *entry) deliver(response chan<- result) {
	// Wait for the ready condition.
	<-e.ready
	// Send the result to the client.
	response <- e.res
}

func main() {
	var mu sync.Mutex
	asked := map[string]int{}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	go http.Serve(ln, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		asked[r.URL.Path]++
		mu.Unlock()
		fmt.Fprintf(w, "page %s", r.URL.Path)
	}))
	base := "http://" + ln.Addr().String()
	httpGetBody := func(url string) (interface{}, error) {
		resp, err := http.Get(base + url)
		if err != nil {
			return nil, err
		}
		defer resp.Body.Close()
		return io.ReadAll(resp.Body)
	}
	m := New(httpGetBody)
	var n sync.WaitGroup
	var got sync.Map
	for _, url := range []string{"/go", "/gopl", "/go", "/play", "/gopl", "/go"} {
		n.Add(1)
		go func(url string) {
			defer n.Done()
			value, err := m.Get(url)
			if err != nil {
				fmt.Println(err)
				return
			}
			got.Store(url, len(value.([]byte)))
		}(url)
	}
	n.Wait()
	m.Close()
	var urls []string
	for u := range asked {
		urls = append(urls, u)
	}
	sort.Strings(urls)
	for _, u := range urls {
		size, _ := got.Load(u)
		fmt.Printf("%s asked %d time(s), %v bytes\n", u, asked[u], size)
	}
}
