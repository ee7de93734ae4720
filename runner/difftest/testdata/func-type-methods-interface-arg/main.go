// difftest: same
package main

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"sort"
	"strings"
)

type logged func(http.ResponseWriter, *http.Request)

func (fn logged) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	fmt.Println("logged", r.URL.Path)
	fn(w, r)
}

type lessFunc func(a, b string) bool

type byFunc struct {
	s    []string
	less lessFunc
}

func (b byFunc) Len() int           { return len(b.s) }
func (b byFunc) Less(i, j int) bool { return b.less(b.s[i], b.s[j]) }
func (b byFunc) Swap(i, j int)      { b.s[i], b.s[j] = b.s[j], b.s[i] }

func get(w http.ResponseWriter, r *http.Request) { fmt.Fprintln(w, "hi", r.URL.Path) }

func run(hs ...http.Handler) {
	for _, h := range hs {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest("GET", "/v", nil))
		fmt.Print(rec.Body.String())
	}
}

func main() {
	routes := map[string]http.Handler{"/a": logged(get)}
	list := []http.Handler{logged(get), http.HandlerFunc(get)}
	ch := make(chan http.Handler, 1)
	ch <- logged(get)
	run(routes["/a"], <-ch)
	run(list...)
	run(logged(get), logged(func(w http.ResponseWriter, r *http.Request) { fmt.Fprintln(w, "lit") }))
	s := []string{"ccc", "a", "bb"}
	sort.Sort(byFunc{s, func(a, b string) bool { return len(a) < len(b) }})
	fmt.Println(strings.Join(s, ","))
	mux := http.NewServeMux()
	for _, p := range []string{"/x", "/y"} {
		mux.Handle(p, logged(get))
	}
	run(mux)
}
