// difftest: same
package main

// The web server lab's optional exercise: a multithreaded server, one
// goroutine per request, read with net/http's own parser
// (http.ReadRequest) and answered with an http.Response written by hand.
// The clients are http.Get calls made at once.

import (
	"bufio"
	"fmt"
	"io"
	"net"
	"net/http"
	"sort"
	"strings"
	"sync"
)

func serveOne(conn net.Conn) {
	defer conn.Close()
	req, err := http.ReadRequest(bufio.NewReader(conn))
	if err != nil {
		return
	}
	body := "you asked for " + req.URL.Path + "\n"
	status := http.StatusOK
	if strings.HasSuffix(req.URL.Path, ".exe") {
		status, body = http.StatusForbidden, "no\n"
	}
	resp := &http.Response{
		StatusCode:    status,
		ProtoMajor:    1,
		ProtoMinor:    1,
		ContentLength: int64(len(body)),
		Body:          io.NopCloser(strings.NewReader(body)),
		Header:        http.Header{"Content-Type": {"text/plain"}},
		Close:         true,
	}
	resp.Write(conn)
}

func main() {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	defer ln.Close()
	go func() {
		for {
			conn, err := ln.Accept()
			if err != nil {
				return
			}
			go serveOne(conn)
		}
	}()

	paths := []string{"/index.html", "/a/b/c.txt", "/virus.exe", "/"}
	results := make([]string, len(paths))
	var wg sync.WaitGroup
	for i, p := range paths {
		wg.Add(1)
		go func() {
			defer wg.Done()
			resp, err := http.Get("http://" + ln.Addr().String() + p)
			if err != nil {
				results[i] = err.Error()
				return
			}
			defer resp.Body.Close()
			b, _ := io.ReadAll(resp.Body)
			results[i] = fmt.Sprintf("%s %s %q %s", p, resp.Status, b, resp.Header.Get("Content-Type"))
		}()
	}
	wg.Wait()
	sort.Strings(results)
	for _, r := range results {
		fmt.Println(r)
	}
}
