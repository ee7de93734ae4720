// difftest: same
package main

// http.ServeContent answering whole, ranged, unsatisfiable and
// conditional requests, with the headers it sets.

import (
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"time"
)

func main() {
	mod := time.Date(2020, 1, 2, 3, 4, 5, 0, time.UTC)
	h := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		http.ServeContent(w, r, "notes.txt", mod, strings.NewReader("0123456789abcdef"))
	})
	srv := httptest.NewServer(h)
	defer srv.Close()
	do := func(hdr, val string) {
		req, _ := http.NewRequest("GET", srv.URL, nil)
		if hdr != "" {
			req.Header.Set(hdr, val)
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			fmt.Println(err)
			return
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		fmt.Printf("%s=%q: %d cr=%q lm=%q ct=%q %q\n", hdr, val, resp.StatusCode, resp.Header.Get("Content-Range"), resp.Header.Get("Last-Modified"), resp.Header.Get("Content-Type"), b)
	}
	do("", "")
	do("Range", "bytes=2-5")
	do("Range", "bytes=100-")
	do("If-Modified-Since", mod.Format(http.TimeFormat))
	do("If-Modified-Since", mod.Add(-time.Hour).Format(http.TimeFormat))
}
