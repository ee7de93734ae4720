// difftest: same
package main

// Counting a browser's visits with a cookie: the server reads "visits",
// adds one and sets it again (with a Path and MaxAge), and greets the
// first visit differently; the client keeps cookies in a cookiejar, and a
// second client without a jar is always new.

import (
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/cookiejar"
	neturl "net/url"
	"strconv"
)

func visits(w http.ResponseWriter, r *http.Request) {
	n := 0
	if c, err := r.Cookie("visits"); err == nil {
		n, _ = strconv.Atoi(c.Value)
	}
	n++
	http.SetCookie(w, &http.Cookie{Name: "visits", Value: strconv.Itoa(n), Path: "/", MaxAge: 3600})
	if n == 1 {
		fmt.Fprint(w, "welcome, first-timer")
		return
	}
	fmt.Fprintf(w, "visit number %d", n)
}

func main() {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	defer ln.Close()
	go http.Serve(ln, http.HandlerFunc(visits))
	url := "http://" + ln.Addr().String() + "/"

	jar, _ := cookiejar.New(nil)
	browser := &http.Client{Jar: jar}
	plain := &http.Client{}
	for i, c := range []*http.Client{browser, browser, plain, browser} {
		resp, err := c.Get(url)
		if err != nil {
			fmt.Println(err)
			continue
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		fmt.Printf("request %d: %s (Set-Cookie: %s)\n", i+1, b, resp.Header.Get("Set-Cookie"))
	}
	u, _ := neturl.Parse(url)
	for _, c := range jar.Cookies(u) {
		fmt.Println("jar holds", c.Name, "=", c.Value)
	}
}
