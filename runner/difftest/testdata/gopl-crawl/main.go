// difftest: same
package main

// crawl1 to crawl3 of chapter 8 of The Go Programming Language over a
// link graph on a loopback server: crawl2 limits the fetches with a
// counting semaphore of 20 tokens and counts the pending sends in n;
// crawl3 has 3 crawlers read unseenLinks, and the main goroutine alone
// deduplicates. The pages found are printed sorted (the order varies).

import (
	"fmt"
	"io"
	"log"
	"net"
	"net/http"
	"sort"
	"strings"
)

var site = map[string][]string{
	"/":         {"/a", "/b", "/c"},
	"/a":        {"/a/1", "/a/2", "/"},
	"/b":        {"/b/1", "/a"},
	"/c":        {"/c/1", "/c/2", "/c/3"},
	"/a/1":      {"/"},
	"/c/3":      {"/deep/end", "/missing"},
	"/deep/end": {"/"},
}

var base string

// extract fetches url and returns the links on the page.
func extract(url string) ([]string, error) {
	resp, err := http.Get(url)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("getting %s: %s", strings.TrimPrefix(url, base), resp.Status)
	}
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		return nil, err
	}
	var links []string
	for _, l := range strings.Fields(string(b)) {
		links = append(links, base+l)
	}
	return links, nil
}

// tokens is a counting semaphore used to
// enforce a limit of 20 concurrent requests.
var tokens = make(chan struct{}, 20)

func crawl(url string) []string {
	tokens <- struct{}{} // acquire a token
	list, err := extract(url)
	<-tokens // release the token
	if err != nil {
		fmt.Println(err)
	}
	return list
}

func crawl2(start string) []string {
	worklist := make(chan []string)
	var n int // number of pending sends to worklist
	n++
	go func() { worklist <- []string{start} }()
	seen := make(map[string]bool)
	for ; n > 0; n-- {
		list := <-worklist
		for _, link := range list {
			if !seen[link] {
				seen[link] = true
				n++
				go func(link string) {
					worklist <- crawl(link)
				}(link)
			}
		}
	}
	return keys(seen)
}

func crawl3(start string) []string {
	worklist := make(chan []string)  // lists of URLs, may have duplicates
	unseenLinks := make(chan string) // de-duplicated URLs
	go func() { worklist <- []string{start} }()
	for i := 0; i < 3; i++ {
		go func() {
			for link := range unseenLinks {
				foundLinks := crawl(link)
				go func() { worklist <- foundLinks }()
			}
		}()
	}
	seen := make(map[string]bool)
	for pending := 1; pending > 0; pending-- {
		for _, link := range <-worklist {
			if !seen[link] {
				seen[link] = true
				pending++
				unseenLinks <- link
			}
		}
	}
	close(unseenLinks)
	return keys(seen)
}

func keys(m map[string]bool) []string {
	var out []string
	for k := range m {
		out = append(out, strings.TrimPrefix(k, base))
	}
	sort.Strings(out)
	return out
}

func main() {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		log.Fatal(err)
	}
	go http.Serve(ln, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		links, ok := site[r.URL.Path]
		if !ok && !strings.HasPrefix(r.URL.Path, "/a/") && !strings.HasPrefix(r.URL.Path, "/b/") && !strings.HasPrefix(r.URL.Path, "/c/") {
			http.NotFound(w, r)
			return
		}
		fmt.Fprint(w, strings.Join(links, " "))
	}))
	base = "http://" + ln.Addr().String()
	fmt.Println(crawl2(base + "/"))
	fmt.Println(crawl3(base + "/"))
}
