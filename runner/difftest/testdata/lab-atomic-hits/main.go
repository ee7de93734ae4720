// difftest: same
package main

// A page-hit counter: many clients request at once, and the handler
// counts with sync/atomic (an atomic.Int64 field of a struct) while a
// plain map of paths is kept behind a mutex. The totals match whatever the
// order of the requests.

import (
	"fmt"
	"io"
	"net"
	"net/http"
	"sort"
	"sync"
	"sync/atomic"
)

type stats struct {
	hits   atomic.Int64
	mu     sync.Mutex
	byPath map[string]int
}

func (s *stats) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	n := s.hits.Add(1)
	s.mu.Lock()
	s.byPath[r.URL.Path]++
	s.mu.Unlock()
	fmt.Fprintf(w, "hit %d", n)
}

func main() {
	st := &stats{byPath: map[string]int{}}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	defer ln.Close()
	go http.Serve(ln, st)

	paths := []string{"/", "/about", "/", "/news", "/", "/about"}
	var wg sync.WaitGroup
	var okCount atomic.Int32
	for round := 0; round < 5; round++ {
		for _, p := range paths {
			wg.Add(1)
			go func() {
				defer wg.Done()
				resp, err := http.Get("http://" + ln.Addr().String() + p)
				if err != nil {
					return
				}
				io.Copy(io.Discard, resp.Body)
				resp.Body.Close()
				if resp.StatusCode == 200 {
					okCount.Add(1)
				}
			}()
		}
	}
	wg.Wait()
	fmt.Println("hits:", st.hits.Load(), "ok:", okCount.Load())
	keys := make([]string, 0, len(st.byPath))
	for k := range st.byPath {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("%-7s %d\n", k, st.byPath[k])
	}
}
