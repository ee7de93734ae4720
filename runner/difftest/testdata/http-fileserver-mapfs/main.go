// difftest: same
package main

// Serving files: http.FileServer over an in-memory file system
// (fstest.MapFS through http.FS), under a prefix that http.StripPrefix
// removes, with its directory listing, its 404, and a Range request.

import (
	"fmt"
	"io"
	"net"
	"net/http"
	"testing/fstest"
)

func main() {
	files := fstest.MapFS{
		"index.html":      {Data: []byte("<h1>welcome</h1>\n")},
		"notes/a.txt":     {Data: []byte("first note\n")},
		"notes/b.txt":     {Data: []byte("0123456789")},
		"data/report.csv": {Data: []byte("x,y\n1,2\n")},
	}
	mux := http.NewServeMux()
	mux.Handle("/static/", http.StripPrefix("/static/", http.FileServer(http.FS(files))))
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	defer ln.Close()
	go http.Serve(ln, mux)
	base := "http://" + ln.Addr().String()

	for _, path := range []string{"/static/", "/static/notes/a.txt", "/static/notes/", "/static/data/report.csv", "/static/missing.txt", "/static/index.html"} {
		resp, err := http.Get(base + path)
		if err != nil {
			fmt.Println(err)
			continue
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		fmt.Printf("%s: %d %s %q\n", path, resp.StatusCode, resp.Header.Get("Content-Type"), b)
	}
	req, _ := http.NewRequest("GET", base+"/static/notes/b.txt", nil)
	req.Header.Set("Range", "bytes=2-5")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		panic(err)
	}
	b, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	fmt.Println(resp.StatusCode, resp.Header.Get("Content-Range"), string(b))
}
