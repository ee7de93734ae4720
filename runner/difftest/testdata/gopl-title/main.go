// difftest: same
package main

// title1 and title2 of chapter 5 of The Go Programming Language, against a
// loopback server, without the html package: title fetches a page,
// checks its Content-Type (rejecting what is not HTML, as the book's
// does), and finds the <title>; title2 closes the body with one defer
// where title1 closes it on every path.

import (
	"fmt"
	"io"
	"net"
	"net/http"
	"strings"
)

func title(url string) error {
	resp, err := http.Get(url)
	if err != nil {
		return err
	}
	defer resp.Body.Close()

	ct := resp.Header.Get("Content-Type")
	if ct != "text/html" && !strings.HasPrefix(ct, "text/html;") {
		return fmt.Errorf("%s has type %s, not text/html", url[strings.LastIndex(url, "/"):], ct)
	}
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		return fmt.Errorf("parsing %s as HTML: %v", url, err)
	}
	doc := string(b)
	start := strings.Index(doc, "<title>")
	end := strings.Index(doc, "</title>")
	if start < 0 || end < start {
		return fmt.Errorf("no title in %s", url[strings.LastIndex(url, "/"):])
	}
	fmt.Println(doc[start+len("<title>") : end])
	return nil
}

func main() {
	mux := http.NewServeMux()
	mux.HandleFunc("/page", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, "<html><head><title>The Go Programming Language</title></head></html>")
	})
	mux.HandleFunc("/plain", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain")
		fmt.Fprint(w, "<title>not html</title>")
	})
	mux.HandleFunc("/bare", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, "<p>no title here</p>")
	})
	mux.HandleFunc("/image", func(w http.ResponseWriter, r *http.Request) {
		w.Write([]byte("\x89PNG\r\n\x1a\n"))
	})
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	go http.Serve(ln, mux)
	for _, path := range []string{"/page", "/plain", "/bare", "/image"} {
		if err := title("http://" + ln.Addr().String() + path); err != nil {
			fmt.Println("title:", err)
		}
	}
}
