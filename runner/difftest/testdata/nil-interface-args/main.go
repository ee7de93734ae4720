// difftest: same
package main

import (
	"bufio"
	"fmt"
	"net"
	"net/http"
	"strings"
)

// A client sends requests with no body, as tutorials write them: an
// untyped nil for the io.Reader, without importing io.
func main() {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	mux := http.NewServeMux()
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintf(w, "%s %s length=%d", r.Method, r.URL.Path, r.ContentLength)
	})
	srv := &http.Server{Handler: mux, ErrorLog: nil}
	go srv.Serve(ln)
	base := "http://" + ln.Addr().String()

	req, err := http.NewRequest("GET", base+"/get", nil)
	if err != nil {
		panic(err)
	}
	fmt.Println("body is nil:", req.Body == nil)
	show(http.DefaultClient.Do(req))

	client := &http.Client{}
	show(client.Post(base+"/post", "text/plain", nil))

	req, _ = http.NewRequest("DELETE", base+"/item", strings.NewReader("x"))
	req.Body = nil
	req.ContentLength = 0
	show(client.Do(req))

	req = &http.Request{Method: "PUT", URL: req.URL, Header: http.Header{}, Body: nil}
	show(client.Do(req))

	r := bufio.NewReader(nil)
	r.Reset(strings.NewReader("line one\nline two\n"))
	line, _ := r.ReadString('\n')
	fmt.Printf("%q\n", line)
	w := bufio.NewWriter(nil)
	fmt.Println(w.Available(), w.Buffered())
}

func show(resp *http.Response, err error) {
	if err != nil {
		fmt.Println("error:", err)
		return
	}
	defer resp.Body.Close()
	sc := bufio.NewScanner(resp.Body)
	for sc.Scan() {
		fmt.Println(resp.StatusCode, sc.Text())
	}
}
