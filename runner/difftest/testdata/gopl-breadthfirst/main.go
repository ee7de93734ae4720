// difftest: same
package main

// findlinks3 of chapter 5 of The Go Programming Language: breadthFirst
// calls f for each item of a worklist, appending what f returns, and
// skips the items seen before; crawl prints each URL and returns its
// links. The web is a loopback server of plain-text pages whose lines
// are links, so the order of the visit is the book's, and fixed.

import (
	"bufio"
	"fmt"
	"log"
	"net"
	"net/http"
	"strings"
)

// breadthFirst calls f for each item in the worklist.
// Any items returned by f are added to the worklist.
// f is called at most once for each item.
func breadthFirst(f func(item string) []string, worklist []string) {
	seen := make(map[string]bool)
	for len(worklist) > 0 {
		items := worklist
		worklist = nil
		for _, item := range items {
			if !seen[item] {
				seen[item] = true
				worklist = append(worklist, f(item)...)
			}
		}
	}
}

var base string

// Extract makes an HTTP GET request to the specified URL and returns
// the links in the document.
func Extract(url string) ([]string, error) {
	resp, err := http.Get(url)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("getting %s: %s", strings.TrimPrefix(url, base), resp.Status)
	}
	var links []string
	sc := bufio.NewScanner(resp.Body)
	for sc.Scan() {
		if line := strings.TrimSpace(sc.Text()); line != "" {
			links = append(links, base+line)
		}
	}
	return links, sc.Err()
}

func crawl(url string) []string {
	fmt.Println(strings.TrimPrefix(url, base))
	list, err := Extract(url)
	if err != nil {
		log.SetFlags(0)
		log.Print(err)
		fmt.Println("  error:", err)
	}
	return list
}

func main() {
	pages := map[string]string{
		"/":          "/docs\n/blog\n/play\n",
		"/docs":      "/docs/spec\n/docs/faq\n/\n",
		"/blog":      "/blog/2024\n/docs/faq\n",
		"/docs/spec": "/docs/spec/types\n",
		"/blog/2024": "/gone\n/\n",
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		log.Fatal(err)
	}
	go http.Serve(ln, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/gone" {
			http.Error(w, "gone", http.StatusGone)
			return
		}
		fmt.Fprint(w, pages[r.URL.Path])
	}))
	base = "http://" + ln.Addr().String()
	// Crawl the web breadth-first,
	// starting from the command-line arguments.
	breadthFirst(crawl, []string{base + "/"})
}
