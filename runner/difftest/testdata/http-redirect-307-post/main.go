// difftest: same
package main

// A POST redirected with 307 keeps its method and body; with 302 it
// becomes a GET; CheckRedirect sees each hop; relative Location headers.

import (
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
)

func main() {
	mux := http.NewServeMux()
	mux.HandleFunc("/a", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/b", http.StatusTemporaryRedirect)
	})
	mux.HandleFunc("/c", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/b", http.StatusFound)
	})
	mux.HandleFunc("/b", func(w http.ResponseWriter, r *http.Request) {
		b, _ := io.ReadAll(r.Body)
		fmt.Fprintf(w, "%s body=%q ref=%q", r.Method, b, r.Referer())
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()
	var hops []string
	c := &http.Client{CheckRedirect: func(req *http.Request, via []*http.Request) error {
		hops = append(hops, via[len(via)-1].URL.Path+"->"+req.URL.Path+" "+req.Method)
		return nil
	}}
	for _, p := range []string{"/a", "/c"} {
		resp, err := c.Post(srv.URL+p, "text/plain", strings.NewReader("payload"))
		if err != nil {
			fmt.Println(err)
			continue
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		fmt.Println(p, resp.StatusCode, strings.ReplaceAll(string(b), srv.URL, "URL"))
	}
	fmt.Println(hops)
	rec := httptest.NewRecorder()
	http.Redirect(rec, httptest.NewRequest("GET", "/x/y", nil), "../z?q=1", http.StatusSeeOther)
	fmt.Println(rec.Code, rec.Header().Get("Location"), rec.Body.String())
	rec = httptest.NewRecorder()
	http.Redirect(rec, httptest.NewRequest("HEAD", "/x", nil), "/z", http.StatusMovedPermanently)
	fmt.Printf("%d %q\n", rec.Code, rec.Body.String())
}
