// difftest: same
package main

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"time"
)

func main() {
	// sync.WaitGroup.Go (Go 1.25) starts each function in a goroutine of
	// its own and counts it: no Add, no Done.
	words := []string{"alpha", "beta", "gamma", "delta"}
	upper := make([]string, len(words))
	var wg sync.WaitGroup
	for i, w := range words {
		wg.Go(func() {
			time.Sleep(time.Duration(len(words)-i) * time.Millisecond)
			upper[i] = strings.ToUpper(w)
		})
	}
	wg.Wait()
	fmt.Println(strings.Join(upper, " "))

	// A handler per path, each with its loop's own path.
	mux := http.NewServeMux()
	for _, p := range []string{"/hello", "/bye"} {
		greeting := strings.TrimPrefix(p, "/")
		mux.HandleFunc(p, func(w http.ResponseWriter, r *http.Request) {
			fmt.Fprintf(w, "%s from %s", greeting, r.URL.Path)
		})
	}
	var mu sync.Mutex
	replies := map[string]string{}
	for _, path := range []string{"/hello", "/bye"} {
		wg.Go(func() {
			rec := httptest.NewRecorder()
			mux.ServeHTTP(rec, httptest.NewRequest("GET", path, nil))
			mu.Lock()
			replies[path] = rec.Body.String()
			mu.Unlock()
		})
	}
	wg.Wait()
	fmt.Println(replies["/hello"], "|", replies["/bye"])
}
