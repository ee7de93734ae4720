// difftest: same
package main

// Learn Go with Tests, Concurrency: CheckWebsites runs a WebsiteChecker
// on each URL in its own goroutine and gathers the results from a
// channel into a map, compared with what the test wants.

import (
	"fmt"
	"reflect"
	"sort"
	"strings"
	"time"
)

type WebsiteChecker func(string) bool

type result struct {
	string
	bool
}

func CheckWebsites(wc WebsiteChecker, urls []string) map[string]bool {
	results := make(map[string]bool)
	resultChannel := make(chan result)
	for _, url := range urls {
		go func(u string) {
			resultChannel <- result{u, wc(u)}
		}(url)
	}
	for i := 0; i < len(urls); i++ {
		r := <-resultChannel
		results[r.string] = r.bool
	}
	return results
}

func mockWebsiteChecker(url string) bool {
	return url != "waat://furhurterwe.geds"
}

func slowStubWebsiteChecker(_ string) bool {
	time.Sleep(2 * time.Millisecond)
	return true
}

func main() {
	websites := []string{
		"http://google.com",
		"http://blog.gypsydave5.com",
		"waat://furhurterwe.geds",
	}
	want := map[string]bool{
		"http://google.com":          true,
		"http://blog.gypsydave5.com": true,
		"waat://furhurterwe.geds":    false,
	}
	got := CheckWebsites(mockWebsiteChecker, websites)
	fmt.Println(reflect.DeepEqual(want, got), got)

	urls := make([]string, 100)
	for i := range urls {
		urls[i] = fmt.Sprintf("http://site%02d.example", i)
	}
	start := time.Now()
	all := CheckWebsites(slowStubWebsiteChecker, urls)
	fmt.Println(len(all), time.Since(start) < 2*time.Second)

	var down []string
	for u, ok := range CheckWebsites(func(u string) bool { return !strings.Contains(u, "7") }, urls[:30]) {
		if !ok {
			down = append(down, u)
		}
	}
	sort.Strings(down)
	fmt.Println(down)
	fmt.Printf("%v %+v\n", result{"x", true}, result{"y", false})
}
