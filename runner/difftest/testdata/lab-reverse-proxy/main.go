// difftest: same
package main

// A reverse proxy in front of two backends, with httputil: requests under
// /api go to one, the rest to the other; the proxy adds a header of its
// own with a Director wrapped around the one NewSingleHostReverseProxy
// makes, and the backends say what they saw.

import (
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httputil"
	"net/url"
	"strings"
)

func backend(name string) *url.URL {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	go http.Serve(ln, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintf(w, "%s got %s %s via=%q", name, r.Method, r.URL.RequestURI(), r.Header.Get("X-Via"))
	}))
	u, _ := url.Parse("http://" + ln.Addr().String())
	return u
}

func proxyTo(target *url.URL) *httputil.ReverseProxy {
	p := httputil.NewSingleHostReverseProxy(target)
	director := p.Director
	p.Director = func(r *http.Request) {
		director(r)
		r.Header.Set("X-Via", "lab-proxy")
	}
	return p
}

func main() {
	api, web := proxyTo(backend("api")), proxyTo(backend("web"))
	front := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if strings.HasPrefix(r.URL.Path, "/api/") {
			api.ServeHTTP(w, r)
			return
		}
		web.ServeHTTP(w, r)
	})
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	defer ln.Close()
	go http.Serve(ln, front)
	for _, path := range []string{"/", "/index.html?lang=en", "/api/users/7", "/api/"} {
		resp, err := http.Get("http://" + ln.Addr().String() + path)
		if err != nil {
			fmt.Println(err)
			continue
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		fmt.Printf("%-20s %d %s\n", path, resp.StatusCode, b)
	}
}
