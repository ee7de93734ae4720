// difftest: same
package main

// A URL shortener: POST /shorten with a form value url answers with a
// short code; GET /{code} redirects there with 302; an unknown code is 404.
// The client follows no redirects (CheckRedirect returns
// http.ErrUseLastResponse) so that it can print the Location it gets, and
// then follows one chain of them with a client that counts its hops.

import (
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"sync"
)

type shortener struct {
	mu    sync.Mutex
	codes map[string]string
	next  int
}

func (s *shortener) shorten(w http.ResponseWriter, r *http.Request) {
	target := r.FormValue("url")
	u, err := url.Parse(target)
	if err != nil || u.Scheme == "" {
		http.Error(w, fmt.Sprintf("not a URL: %q", target), http.StatusBadRequest)
		return
	}
	s.mu.Lock()
	s.next++
	code := strconv.FormatInt(int64(s.next*1296+35), 36)
	s.codes[code] = target
	s.mu.Unlock()
	fmt.Fprintln(w, code)
}

func (s *shortener) follow(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	target, ok := s.codes[r.PathValue("code")]
	s.mu.Unlock()
	if !ok {
		http.NotFound(w, r)
		return
	}
	http.Redirect(w, r, target, http.StatusFound)
}

func main() {
	s := &shortener{codes: map[string]string{}}
	mux := http.NewServeMux()
	mux.HandleFunc("POST /shorten", s.shorten)
	mux.HandleFunc("GET /{code}", s.follow)
	mux.HandleFunc("GET /final/page", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintln(w, "you made it")
	})
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	go http.Serve(ln, mux)
	base := "http://" + ln.Addr().String()

	short := func(target string) string {
		resp, err := http.PostForm(base+"/shorten", url.Values{"url": {target}})
		if err != nil {
			panic(err)
		}
		defer resp.Body.Close()
		body, _ := io.ReadAll(resp.Body)
		fmt.Printf("shorten %q: %d %s", strings.TrimPrefix(target, base), resp.StatusCode, body)
		return strings.TrimSpace(string(body))
	}
	final := short(base + "/final/page")
	hop := short(base + "/" + final)
	short("just words")
	short("https://go.dev/doc/")

	noFollow := &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	for _, code := range []string{final, "zzz"} {
		resp, err := noFollow.Get(base + "/" + code)
		if err != nil {
			panic(err)
		}
		resp.Body.Close()
		loc := strings.TrimPrefix(resp.Header.Get("Location"), base)
		fmt.Printf("GET /%s: %s location %q\n", code, resp.Status, loc)
	}
	hops := 0
	counting := &http.Client{CheckRedirect: func(req *http.Request, via []*http.Request) error {
		hops = len(via)
		return nil
	}}
	resp, err := counting.Get(base + "/" + hop)
	if err != nil {
		panic(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	fmt.Printf("after %d hops: %s %s", hops, resp.Status, body)
}
