// difftest: same
package main

// An http.Client request built by hand: a context, headers of one's own, a
// query string from url.Values, and the server's view of them; then the
// response's status, its headers and their canonical names.

import (
	"context"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"sort"
	"strings"
	"time"
)

func main() {
	mux := http.NewServeMux()
	mux.HandleFunc("/search", func(w http.ResponseWriter, r *http.Request) {
		var names []string
		for k := range r.Header {
			if k != "Accept-Encoding" {
				names = append(names, k)
			}
		}
		sort.Strings(names)
		for _, k := range names {
			fmt.Fprintf(w, "%s=%s\n", k, strings.Join(r.Header.Values(k), ","))
		}
		fmt.Fprintf(w, "q=%q page=%s method=%s proto=%s\n", r.URL.Query().Get("q"), r.FormValue("page"), r.Method, r.Proto)
		w.Header().Set("x-request-id", "42")
		w.Header().Add("Cache-Control", "no-store")
	})
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	defer ln.Close()
	go http.Serve(ln, mux)

	q := url.Values{"q": {"go sockets"}, "page": {"2"}}
	u := url.URL{Scheme: "http", Host: ln.Addr().String(), Path: "/search", RawQuery: q.Encode()}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		panic(err)
	}
	req.Header.Set("User-Agent", "socket-lab/1.0")
	req.Header.Add("accept", "text/plain")
	req.Header.Add("Accept", "application/json")
	req.Header["x-raw"] = []string{"kept as written"}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		panic(err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	fmt.Print(string(body))
	fmt.Println(resp.Status, resp.StatusCode == http.StatusOK, resp.Proto, resp.ContentLength)
	fmt.Println(resp.Header.Get("X-Request-Id"), resp.Header.Get("cache-control"), resp.Header.Get("Content-Type"))
	fmt.Println(http.StatusText(http.StatusTeapot), http.CanonicalHeaderKey("content-md5"))
}
