// difftest: same
package main

// The Go Programming Language, 9.7: a concurrent non-blocking cache that
// computes each key once, however many goroutines ask for it at the same
// time (duplicate suppression with a ready channel per entry).

import (
	"fmt"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
)

type Func func(key string) (interface{}, error)

type result struct {
	value interface{}
	err   error
}

type entry struct {
	res   result
	ready chan struct{}
}

type Memo struct {
	f     Func
	mu    sync.Mutex
	cache map[string]*entry
}

func New(f Func) *Memo {
	return &Memo{f: f, cache: make(map[string]*entry)}
}

func (memo *Memo) Get(key string) (interface{}, error) {
	memo.mu.Lock()
	e := memo.cache[key]
	if e == nil {
		e = &entry{ready: make(chan struct{})}
		memo.cache[key] = e
		memo.mu.Unlock()
		e.res.value, e.res.err = memo.f(key)
		close(e.ready)
	} else {
		memo.mu.Unlock()
		<-e.ready
	}
	return e.res.value, e.res.err
}

func main() {
	var calls atomic.Int32
	m := New(func(key string) (interface{}, error) {
		calls.Add(1)
		if strings.HasPrefix(key, "bad") {
			return nil, fmt.Errorf("cannot fetch %s", key)
		}
		return len(key) * 10, nil
	})
	keys := []string{"golang.org", "godoc.org", "bad.example", "golang.org", "godoc.org", "play.golang.org", "golang.org"}
	var wg sync.WaitGroup
	var mu sync.Mutex
	var lines []string
	for _, k := range keys {
		wg.Add(1)
		go func(url string) {
			defer wg.Done()
			v, err := m.Get(url)
			mu.Lock()
			lines = append(lines, fmt.Sprintf("%s: %v %v", url, v, err))
			mu.Unlock()
		}(k)
	}
	wg.Wait()
	sort.Strings(lines)
	fmt.Println(strings.Join(lines, "\n"))
	fmt.Println("calls:", calls.Load(), "entries:", len(m.cache))
}
