// difftest: same
package main

// ServeMux of Go 1.22 refuses patterns that conflict or repeat: the panic
// of Handle or HandleFunc, recovered, names both patterns and the file
// and line where each was registered (cut to the file's base name here).
// Then the patterns that coexist are asked which one wins, via r.Pattern.

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"regexp"
)

var where = regexp.MustCompile(`registered at [^)]*`)

func try(what string, register func()) {
	defer func() {
		if r := recover(); r != nil {
			msg := where.ReplaceAllStringFunc(fmt.Sprint(r), func(s string) string {
				return "registered at " + filepath.Base(s[len("registered at "):])
			})
			fmt.Println(what, "panics:", msg)
			return
		}
		fmt.Println(what, "registered")
	}()
	register()
}

type api struct {
	*http.ServeMux
	name string
}

func show(w http.ResponseWriter, r *http.Request) {
	fmt.Fprintf(w, "%s matched %q", r.URL.Path, r.Pattern)
}

func main() {
	a := api{http.NewServeMux(), "v1"}
	a.HandleFunc("/items/{id}", show)
	a.HandleFunc("GET /items/{id}", show)
	try("{name}", func() { a.HandleFunc("/items/{name}", show) })
	try("new", func() {
		a.Handle("/items/new", http.HandlerFunc(show))
	})
	try("root", func() { a.HandleFunc("GET /", show) })
	try("x/new", func() { a.ServeMux.HandleFunc("/{x}/new", show) })
	try("nil", func() { a.Handle("/nil", nil) })
	try("bad", func() { a.HandleFunc("/items/{id", show) })
	for _, path := range []string{"/items/7", "/items/new", "/other"} {
		rec := httptest.NewRecorder()
		a.ServeHTTP(rec, httptest.NewRequest("GET", path, nil))
		fmt.Println(rec.Code, rec.Body.String())
	}
}
