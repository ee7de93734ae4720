// difftest: same
package main

// Cookies: a login handler sets a session cookie, a client with a
// cookiejar sends it back on later requests, and a client without a jar
// does not.

import (
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/cookiejar"
	"net/url"
)

func main() {
	mux := http.NewServeMux()
	mux.HandleFunc("/login", func(w http.ResponseWriter, r *http.Request) {
		http.SetCookie(w, &http.Cookie{Name: "session", Value: "abc123", Path: "/", HttpOnly: true})
		http.SetCookie(w, &http.Cookie{Name: "theme", Value: "dark", Path: "/", MaxAge: 3600})
		fmt.Fprintln(w, "logged in")
	})
	mux.HandleFunc("/me", func(w http.ResponseWriter, r *http.Request) {
		c, err := r.Cookie("session")
		if err != nil {
			http.Error(w, err.Error(), http.StatusUnauthorized)
			return
		}
		fmt.Fprintf(w, "session %s, %d cookies\n", c.Value, len(r.Cookies()))
	})
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	defer ln.Close()
	go http.Serve(ln, mux)
	base := "http://" + ln.Addr().String()

	get := func(c *http.Client, path string) {
		resp, err := c.Get(base + path)
		if err != nil {
			fmt.Println(err)
			return
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		fmt.Printf("%s: %d %s", path, resp.StatusCode, b)
		for _, c := range resp.Cookies() {
			fmt.Printf("  set %s=%s httponly=%v maxage=%d\n", c.Name, c.Value, c.HttpOnly, c.MaxAge)
		}
	}
	jar, err := cookiejar.New(nil)
	if err != nil {
		panic(err)
	}
	withJar := &http.Client{Jar: jar}
	get(withJar, "/me")
	get(withJar, "/login")
	get(withJar, "/me")
	get(http.DefaultClient, "/me")
	u, _ := url.Parse(base + "/")
	fmt.Println(len(jar.Cookies(u)), "cookies in the jar for", u.Path)
	c := &http.Cookie{Name: "a", Value: "b c", Secure: true}
	fmt.Println(c.String(), c.Valid())
}
