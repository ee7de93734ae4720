// difftest: same
package main

// Basic auth as a middleware taking an http.HandlerFunc, handed a
// function literal in a function that defers: the literal is both
// converted for the middleware and made in a frame of its own.

import (
	"crypto/subtle"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
)

func requireAuth(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		u, p, ok := r.BasicAuth()
		if !ok || subtle.ConstantTimeCompare([]byte(u+":"+p), []byte("admin:hunter2")) != 1 {
			w.Header().Set("WWW-Authenticate", `Basic realm="restricted"`)
			http.Error(w, "Unauthorized", http.StatusUnauthorized)
			return
		}
		next(w, r)
	}
}

func main() {
	srv := httptest.NewServer(requireAuth(func(w http.ResponseWriter, r *http.Request) {
		u, _, _ := r.BasicAuth()
		fmt.Fprintf(w, "hello %s", u)
	}))
	defer srv.Close()
	for _, cred := range [][2]string{{"", ""}, {"admin", "nope"}, {"admin", "hunter2"}} {
		req, _ := http.NewRequest("GET", srv.URL, nil)
		if cred[0] != "" {
			req.SetBasicAuth(cred[0], cred[1])
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			fmt.Println(err)
			continue
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		fmt.Printf("%d %q %q\n", resp.StatusCode, resp.Header.Get("WWW-Authenticate"), b)
	}
}
