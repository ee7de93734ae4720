// difftest: same
package main

// Requests and responses dumped by net/http/httputil and read back from
// their wire text.

import (
	"bufio"
	"fmt"
	"net/http"
	"net/http/httputil"
	"strings"
)

func main() {
	req, _ := http.NewRequest("POST", "http://example.com/submit?x=1", strings.NewReader("a=1&b=2"))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Set("X-Trace", "abc")
	out, err := httputil.DumpRequestOut(req, true)
	if err != nil {
		panic(err)
	}
	fmt.Printf("%q\n", out)
	raw := "GET /path?q=go HTTP/1.1\r\nHost: localhost\r\nUser-Agent: test\r\nCookie: a=1; b=2\r\n\r\n"
	r2, err := http.ReadRequest(bufio.NewReader(strings.NewReader(raw)))
	if err != nil {
		panic(err)
	}
	fmt.Println(r2.Method, r2.URL.Path, r2.URL.Query().Get("q"), r2.Host, r2.UserAgent(), len(r2.Cookies()))
	d, _ := httputil.DumpRequest(r2, false)
	fmt.Printf("%q\n", d)
	respRaw := "HTTP/1.1 404 Not Found\r\nContent-Length: 5\r\nContent-Type: text/plain\r\n\r\nnope!"
	resp, err := http.ReadResponse(bufio.NewReader(strings.NewReader(respRaw)), r2)
	if err != nil {
		panic(err)
	}
	rd, _ := httputil.DumpResponse(resp, true)
	fmt.Printf("%q\n", rd)
}
