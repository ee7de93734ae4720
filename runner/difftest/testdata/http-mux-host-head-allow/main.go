// difftest: same
package main

// Go 1.22 patterns with a method, a host and wildcards: HEAD served by a
// GET pattern, a 405 with its Allow header, and r.SetPathValue.

import (
	"fmt"
	"net/http"
	"net/http/httptest"
)

func main() {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /page", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("X-Method", r.Method)
		fmt.Fprint(w, "page body")
	})
	mux.HandleFunc("POST /page", func(w http.ResponseWriter, r *http.Request) { fmt.Fprint(w, "posted") })
	mux.HandleFunc("api.local/v1/", func(w http.ResponseWriter, r *http.Request) { fmt.Fprint(w, "api host ", r.URL.Path) })
	mux.HandleFunc("/v1/", func(w http.ResponseWriter, r *http.Request) { fmt.Fprint(w, "any host ", r.URL.Path) })
	mux.HandleFunc("/a/{x}/b/{y}", func(w http.ResponseWriter, r *http.Request) {
		r.SetPathValue("x", r.PathValue("x")+"!")
		fmt.Fprint(w, r.PathValue("x"), r.PathValue("y"), r.PathValue("z") == "")
	})
	cases := []struct{ m, u string }{{"GET", "/page"}, {"HEAD", "/page"}, {"POST", "/page"}, {"DELETE", "/page"}, {"OPTIONS", "/page"}, {"GET", "http://api.local/v1/x"}, {"GET", "http://other/v1/x"}, {"GET", "/a/1/b/2"}, {"GET", "/a/%2F/b/c%20d"}}
	for _, c := range cases {
		rec := httptest.NewRecorder()
		mux.ServeHTTP(rec, httptest.NewRequest(c.m, c.u, nil))
		fmt.Printf("%s %s %d allow=%q xm=%q %q\n", c.m, c.u, rec.Code, rec.Header().Get("Allow"), rec.Header().Get("X-Method"), rec.Body.String())
	}
}
