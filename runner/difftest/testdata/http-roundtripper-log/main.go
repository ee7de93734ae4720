// difftest: same
package main

// A RoundTripper of one's own: it logs each request and response and adds
// a header before handing the request to http.DefaultTransport, the way
// client middleware is written.

import (
	"fmt"
	"io"
	"net"
	"net/http"
	"strings"
)

type logging struct {
	next http.RoundTripper
	log  []string
}

func (l *logging) RoundTrip(req *http.Request) (*http.Response, error) {
	r := req.Clone(req.Context())
	r.Header.Set("X-Client", "lab")
	resp, err := l.next.RoundTrip(r)
	if err != nil {
		l.log = append(l.log, fmt.Sprintf("%s %s failed", req.Method, req.URL.Path))
		return nil, err
	}
	l.log = append(l.log, fmt.Sprintf("%s %s -> %d", req.Method, req.URL.Path, resp.StatusCode))
	return resp, nil
}

type refuse struct{}

func (refuse) RoundTrip(req *http.Request) (*http.Response, error) {
	return nil, fmt.Errorf("offline: %s not sent", req.URL.Path)
}

func main() {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	defer ln.Close()
	go http.Serve(ln, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/missing" {
			http.NotFound(w, r)
			return
		}
		fmt.Fprintf(w, "hello %s", r.Header.Get("X-Client"))
	}))
	base := "http://" + ln.Addr().String()
	lt := &logging{next: http.DefaultTransport}
	client := &http.Client{Transport: lt}
	for _, p := range []string{"/", "/missing"} {
		resp, err := client.Get(base + p)
		if err != nil {
			panic(err)
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		fmt.Printf("%s: %q\n", p, strings.TrimSpace(string(b)))
	}
	resp, err := client.Post(base+"/form", "text/plain", strings.NewReader("x"))
	if err == nil {
		resp.Body.Close()
	}
	fmt.Println(strings.Join(lt.log, "\n"))

	offline := &http.Client{Transport: refuse{}}
	_, err = offline.Get(base + "/any")
	fmt.Println(err)
}
