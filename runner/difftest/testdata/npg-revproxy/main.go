// difftest: same
package main

// A reverse proxy in front of a backend, as a proxy lab builds it with
// net/http/httputil: the proxy rewrites the path, adds a header the
// backend echoes, and answers 502 when the backend is gone.

import (
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httputil"
	"net/url"
	"strings"
)

func main() {
	backend := http.NewServeMux()
	backend.HandleFunc("/api/", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("X-Backend", "one")
		fmt.Fprintf(w, "backend saw %s %s via=%q forwarded=%v\n", r.Method, r.URL.Path, r.Header.Get("X-Via"), r.Header.Get("X-Forwarded-For") != "")
	})
	bln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		fmt.Println(err)
		return
	}
	bsrv := &http.Server{Handler: backend}
	go bsrv.Serve(bln)

	target, _ := url.Parse("http://" + bln.Addr().String())
	proxy := httputil.NewSingleHostReverseProxy(target)
	base := proxy.Director
	proxy.Director = func(r *http.Request) {
		base(r)
		r.URL.Path = "/api" + strings.TrimPrefix(r.URL.Path, "/v1")
		r.Header.Set("X-Via", "lab-proxy")
	}
	proxy.ErrorHandler = func(w http.ResponseWriter, r *http.Request, err error) {
		w.WriteHeader(http.StatusBadGateway)
		fmt.Fprintln(w, "backend unavailable")
	}
	pln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		fmt.Println(err)
		return
	}
	go http.Serve(pln, proxy)

	get := func(path string) {
		resp, err := http.Get("http://" + pln.Addr().String() + path)
		if err != nil {
			fmt.Println("get:", err)
			return
		}
		defer resp.Body.Close()
		body, _ := io.ReadAll(resp.Body)
		fmt.Printf("%s %s backend=%q: %s", path, resp.Status, resp.Header.Get("X-Backend"), body)
	}
	get("/v1/users")
	get("/v1/orders/7")
	get("/elsewhere")
	bsrv.Close()
	get("/v1/users")
}
