// difftest: same
package main

// Testing a handler without a server or httptest: a ResponseWriter of
// one's own records the status, the headers and the body, and the handler
// is called directly with a request made by http.NewRequest; then the same
// handler answers over a real loopback connection.

import (
	"bytes"
	"fmt"
	"io"
	"net"
	"net/http"
)

type recorder struct {
	code   int
	header http.Header
	body   bytes.Buffer
}

func (r *recorder) Header() http.Header { return r.header }

func (r *recorder) Write(b []byte) (int, error) {
	if r.code == 0 {
		r.code = http.StatusOK
	}
	return r.body.Write(b)
}

func (r *recorder) WriteHeader(code int) { r.code = code }

func greet(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Query().Get("name")
	if name == "" {
		http.Error(w, "who are you?", http.StatusBadRequest)
		return
	}
	w.Header().Set("Content-Type", "text/plain")
	fmt.Fprintf(w, "hello, %s\n", name)
}

func main() {
	for _, target := range []string{"/greet?name=ada", "/greet"} {
		rec := &recorder{header: http.Header{}}
		req, err := http.NewRequest("GET", target, nil)
		if err != nil {
			panic(err)
		}
		greet(rec, req)
		fmt.Printf("%s: %d %v %q\n", target, rec.code, rec.header, rec.body.String())
	}
	var h http.Handler = http.HandlerFunc(greet)
	rec := &recorder{header: http.Header{}}
	req, _ := http.NewRequest("GET", "/greet?name=bob", nil)
	h.ServeHTTP(rec, req)
	fmt.Print(rec.body.String())

	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	defer ln.Close()
	go http.Serve(ln, h)
	resp, err := http.Get("http://" + ln.Addr().String() + "/greet?name=cy")
	if err != nil {
		panic(err)
	}
	b, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	fmt.Printf("over TCP: %d %s", resp.StatusCode, b)
}
