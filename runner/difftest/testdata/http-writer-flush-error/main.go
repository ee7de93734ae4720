// difftest: same
package main

// A compressing middleware's writer whose Flush returns an error, which
// is not net/http's Flush(): under Go, net/http's ResponseController
// finds no way to flush through it and says so.

import (
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
)

type upperWriter struct {
	http.ResponseWriter
	buf strings.Builder
}

func (u *upperWriter) Write(p []byte) (int, error) { return u.buf.Write(p) }

func (u *upperWriter) Flush() error {
	_, err := io.WriteString(u.ResponseWriter, strings.ToUpper(u.buf.String()))
	u.buf.Reset()
	return err
}

func upper(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		uw := &upperWriter{ResponseWriter: w}
		next.ServeHTTP(uw, r)
		uw.Flush()
	})
}

func main() {
	mux := http.NewServeMux()
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		io.WriteString(w, "hello\n")
		fmt.Println("flush:", http.NewResponseController(w).Flush())
	})
	srv := httptest.NewServer(upper(mux))
	defer srv.Close()
	resp, err := http.Get(srv.URL)
	if err != nil {
		panic(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	fmt.Printf("%q\n", b)
}
