// difftest: same
package main

// A multi-threaded web server of files: http.FileServer under
// http.StripPrefix and http.ServeFile, serving a folder made for the run
// inside the program's own, fetched by concurrent clients.

import (
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
)

func main() {
	dir, err := os.MkdirTemp(".", "site")
	if err != nil {
		panic(err)
	}
	defer os.RemoveAll(dir)
	os.WriteFile(filepath.Join(dir, "index.html"), []byte("<h1>home</h1>\n"), 0o644)
	os.Mkdir(filepath.Join(dir, "docs"), 0o755)
	os.WriteFile(filepath.Join(dir, "docs", "a.txt"), []byte("alpha\n"), 0o644)
	mux := http.NewServeMux()
	mux.Handle("/static/", http.StripPrefix("/static/", http.FileServer(http.Dir(dir))))
	mux.HandleFunc("/file", func(w http.ResponseWriter, r *http.Request) {
		http.ServeFile(w, r, filepath.Join(dir, "docs", "a.txt"))
	})
	ts := httptest.NewServer(mux)
	defer ts.Close()
	paths := []string{"/static/", "/static/index.html", "/static/docs/", "/static/docs/a.txt", "/static/nope", "/file", "/static/docs"}
	var mu sync.Mutex
	lines := map[string]string{}
	var wg sync.WaitGroup
	for _, p := range paths {
		wg.Add(1)
		go func() {
			defer wg.Done()
			cl := &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
			resp, err := cl.Get(ts.URL + p)
			if err != nil {
				mu.Lock()
				lines[p] = err.Error()
				mu.Unlock()
				return
			}
			defer resp.Body.Close()
			b, _ := io.ReadAll(resp.Body)
			mu.Lock()
			lines[p] = fmt.Sprintf("%d %s %q %q", resp.StatusCode, resp.Header.Get("Content-Type"), strings.TrimSpace(string(b)), resp.Header.Get("Location"))
			mu.Unlock()
		}()
	}
	wg.Wait()
	keys := make([]string, 0, len(lines))
	for k := range lines {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Println(k, "=>", lines[k])
	}
}
