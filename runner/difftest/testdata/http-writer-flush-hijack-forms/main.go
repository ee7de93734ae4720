// difftest: same
package main

import (
	"bufio"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
)

type recorder struct {
	http.ResponseWriter
	status int
}

func (r *recorder) WriteHeader(code int) {
	r.status = code
	r.ResponseWriter.WriteHeader(code)
}

// Flush sends what is buffered, and says whether it could.
func (r *recorder) Flush() error {
	return http.NewResponseController(r.ResponseWriter).Flush()
}

// Hijack is not net/http's.
func (r *recorder) Hijack() net.Conn { return nil }

type good struct{ http.ResponseWriter }

func (g good) Flush() {
	http.NewResponseController(g.ResponseWriter).Flush()
}

func (g good) Hijack() (net.Conn, *bufio.ReadWriter, error) {
	return nil, nil, fmt.Errorf("no hijack here")
}

type lineBuf struct {
	lines []string
	out   io.Writer
}

func (l *lineBuf) Write(p []byte) (int, error) {
	l.lines = append(l.lines, string(p))
	return len(p), nil
}

func (l *lineBuf) Flush() error {
	_, err := io.WriteString(l.out, strings.ToUpper(strings.Join(l.lines, "")))
	l.lines = nil
	return err
}

func main() {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/good" {
			g := good{w}
			rc := http.NewResponseController(g)
			io.WriteString(g, "good\n")
			fmt.Println("good flush:", rc.Flush())
			_, _, err := rc.Hijack()
			fmt.Println("good hijack:", err)
			return
		}
		rec := &recorder{ResponseWriter: w}
		rec.WriteHeader(201)
		io.WriteString(rec, "rec\n")
		fmt.Println("rec flush:", http.NewResponseController(rec).Flush(), rec.Flush(), rec.Hijack() == nil)
		_, isF := interface{}(rec).(http.Flusher)
		fmt.Println("is flusher:", isF, rec.status)
	}))
	defer srv.Close()
	for _, p := range []string{"/good", "/rec"} {
		resp, err := http.Get(srv.URL + p)
		if err != nil {
			fmt.Println(err)
			continue
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		fmt.Print(resp.StatusCode, " ", string(b))
	}
	var sb strings.Builder
	lb := &lineBuf{out: &sb}
	fmt.Fprintln(lb, "a")
	fmt.Fprintln(lb, "b")
	fmt.Println(lb.Flush(), sb.String() == "A\nB\n")
}
