// difftest: same
package main

// http.FileServer over a folder made under the program's own, behind
// StripPrefix: the index page, a directory listing, the redirect to the
// slash, content types, a 404, and http.ServeFile.

import (
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
)

func main() {
	dir, err := os.MkdirTemp(".", "site-")
	if err != nil {
		panic(err)
	}
	defer os.RemoveAll(dir)
	os.WriteFile(filepath.Join(dir, "index.html"), []byte("<h1>home</h1>\n"), 0o644)
	os.Mkdir(filepath.Join(dir, "docs"), 0o755)
	os.WriteFile(filepath.Join(dir, "docs", "a.txt"), []byte("alpha\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "docs", "b.json"), []byte(`{"b":1}`), 0o644)
	mux := http.NewServeMux()
	mux.Handle("/static/", http.StripPrefix("/static/", http.FileServer(http.Dir(dir))))
	mux.HandleFunc("/file", func(w http.ResponseWriter, r *http.Request) {
		http.ServeFile(w, r, filepath.Join(dir, "docs", "a.txt"))
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()
	cl := &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	for _, p := range []string{"/static/", "/static/docs/", "/static/docs", "/static/docs/a.txt", "/static/docs/b.json", "/static/nope", "/static/index.html", "/file"} {
		resp, err := cl.Get(srv.URL + p)
		if err != nil {
			fmt.Println(err)
			continue
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		fmt.Printf("%s %d %s loc=%q len=%s\n%s\n", p, resp.StatusCode, resp.Header.Get("Content-Type"), resp.Header.Get("Location"), resp.Header.Get("Content-Length"), strings.TrimSpace(string(b)))
	}
}
