// difftest: same
package main

// httputil.NewSingleHostReverseProxy with its Director wrapped to add a
// header and a path prefix, ModifyResponse failing one path, and an
// ErrorHandler answering 502.

import (
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/http/httputil"
	"net/url"
	"strings"
)

func main() {
	backend := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("X-Backend", "yes")
		fmt.Fprintf(w, "backend got %s %s fwd=%q via=%q", r.Method, r.URL.RequestURI(), r.Header.Get("X-Forwarded-For"), r.Header.Get("X-Via"))
	}))
	defer backend.Close()
	target, _ := url.Parse(backend.URL)
	proxy := httputil.NewSingleHostReverseProxy(target)
	orig := proxy.Director
	proxy.Director = func(r *http.Request) {
		orig(r)
		r.Header.Set("X-Via", "toy-proxy")
		r.URL.Path = "/api" + r.URL.Path
	}
	proxy.ModifyResponse = func(resp *http.Response) error {
		resp.Header.Set("X-Proxied", "1")
		if resp.StatusCode == 200 && strings.HasPrefix(resp.Request.URL.Path, "/api/fail") {
			return fmt.Errorf("refusing %s", resp.Request.URL.Path)
		}
		return nil
	}
	proxy.ErrorHandler = func(w http.ResponseWriter, r *http.Request, err error) {
		http.Error(w, "proxy: "+err.Error(), http.StatusBadGateway)
	}
	front := httptest.NewServer(proxy)
	defer front.Close()
	for _, p := range []string{"/items?id=3", "/fail/now"} {
		resp, err := http.Get(front.URL + p)
		if err != nil {
			fmt.Println(err)
			continue
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		fmt.Println(resp.StatusCode, resp.Header.Get("X-Backend"), resp.Header.Get("X-Proxied"))
		fmt.Println(strings.TrimSpace(string(b)))
	}
	dump, _ := httputil.DumpRequest(httptest.NewRequest("POST", "/x?y=1", strings.NewReader("body")), true)
	fmt.Printf("%q\n", dump)
}
