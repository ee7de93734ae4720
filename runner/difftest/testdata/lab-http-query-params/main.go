// difftest: same
package main

// Query parameters: the client builds URLs with url.Values (Encode sorts
// the keys and escapes spaces and symbols), the server reads them with
// r.URL.Query(), repeated keys included, and answers a line per request.

import (
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"strings"
)

func search(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	terms := q["q"]
	page := q.Get("page")
	if page == "" {
		page = "1"
	}
	if len(terms) == 0 {
		http.Error(w, "nothing to search for", http.StatusBadRequest)
		return
	}
	fmt.Fprintf(w, "searching %s on page %s (raw %q)", strings.Join(terms, " AND "), page, r.URL.RawQuery)
}

func main() {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	defer ln.Close()
	go http.Serve(ln, http.HandlerFunc(search))
	base := url.URL{Scheme: "http", Host: ln.Addr().String(), Path: "/search"}
	queries := []url.Values{
		{"q": {"sockets"}},
		{"q": {"tcp vs udp", "c&c"}, "page": {"2"}},
		{"page": {"3"}},
		{"q": {"100% übung"}, "lang": {"de"}},
	}
	for _, v := range queries {
		u := base
		u.RawQuery = v.Encode()
		resp, err := http.Get(u.String())
		if err != nil {
			fmt.Println(err)
			continue
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		fmt.Printf("%s\n  %d %s", strings.TrimPrefix(u.String(), "http://"+ln.Addr().String()), resp.StatusCode, b)
		if !strings.HasSuffix(string(b), "\n") {
			fmt.Println()
		}
	}
	parsed, err := url.Parse("http://example.test:8080/a/b?x=1&y=two#frag")
	fmt.Println(parsed.Hostname(), parsed.Port(), parsed.Path, parsed.Query()["y"], parsed.Fragment, err)
}
