// difftest: same
package main

// Sessions with cookies: a login handler sets a cookie, a page reads it,
// and an http.Client with a cookie jar carries it from one request to
// the next, as a web lab's session exercise does.

import (
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/cookiejar"
)

func main() {
	mux := http.NewServeMux()
	mux.HandleFunc("/login", func(w http.ResponseWriter, r *http.Request) {
		user := r.URL.Query().Get("user")
		http.SetCookie(w, &http.Cookie{Name: "session", Value: "s-" + user, Path: "/", HttpOnly: true})
		http.Redirect(w, r, "/home", http.StatusSeeOther)
	})
	mux.HandleFunc("/home", func(w http.ResponseWriter, r *http.Request) {
		c, err := r.Cookie("session")
		if err != nil {
			http.Error(w, "not logged in: "+err.Error(), http.StatusUnauthorized)
			return
		}
		fmt.Fprintf(w, "welcome back, session %s (%d cookies)\n", c.Value, len(r.Cookies()))
	})
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		fmt.Println(err)
		return
	}
	go http.Serve(ln, mux)
	base := "http://" + ln.Addr().String()

	show := func(c *http.Client, path string) {
		resp, err := c.Get(base + path)
		if err != nil {
			fmt.Println(err)
			return
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		fmt.Printf("%s -> %d %s", path, resp.StatusCode, body)
	}
	plain := &http.Client{}
	show(plain, "/home")
	jar, _ := cookiejar.New(nil)
	client := &http.Client{Jar: jar}
	show(client, "/login?user=ada")
	show(client, "/home")
	show(plain, "/home")
	noRedirect := &http.Client{CheckRedirect: func(req *http.Request, via []*http.Request) error { return http.ErrUseLastResponse }}
	resp, err := noRedirect.Get(base + "/login?user=bob")
	if err == nil {
		fmt.Println(resp.StatusCode, resp.Header.Get("Location"), resp.Cookies()[0].String())
		resp.Body.Close()
	}
}
