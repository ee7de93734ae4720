// difftest: same
package main

// issues of chapter 4 of The Go Programming Language: SearchIssues asks a
// server for the issues that match the terms (a loopback server stands
// in for GitHub's API) and decodes the JSON response with a
// json.Decoder into structs with tags, a *User and a time.Time; then the
// report prints them, as the book's issues program does.

import (
	"encoding/json"
	"fmt"
	"net"
	"net/http"
	"net/url"
	"strings"
	"time"
)

type IssuesSearchResult struct {
	TotalCount int `json:"total_count"`
	Items      []*Issue
}

type Issue struct {
	Number    int
	HTMLURL   string `json:"html_url"`
	Title     string
	State     string
	User      *User
	CreatedAt time.Time `json:"created_at"`
	Body      string    // in Markdown format
}

type User struct {
	Login   string
	HTMLURL string `json:"html_url"`
}

const body = `{"total_count": 2, "items": [
 {"number": 5680, "html_url": "https://example.com/5680", "title": "encoding/json: allow override type marshaling",
  "state": "open", "user": {"login": "alice", "html_url": "https://example.com/alice"}, "created_at": "2016-01-02T15:04:05Z"},
 {"number": 6050, "html_url": "https://example.com/6050", "title": "encoding/json: provide tokenizer",
  "state": "closed", "user": {"login": "bob"}, "created_at": "2015-11-30T08:00:00Z", "unknown": 1}]}`

// SearchIssues queries the issue tracker at base.
func SearchIssues(base string, terms []string) (*IssuesSearchResult, error) {
	q := url.QueryEscape(strings.Join(terms, " "))
	resp, err := http.Get(base + "?q=" + q)
	if err != nil {
		return nil, err
	}
	if resp.StatusCode != http.StatusOK {
		resp.Body.Close()
		return nil, fmt.Errorf("search query failed: %s", resp.Status)
	}
	var result IssuesSearchResult
	if err := json.NewDecoder(resp.Body).Decode(&result); err != nil {
		resp.Body.Close()
		return nil, err
	}
	resp.Body.Close()
	return &result, nil
}

func main() {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	go http.Serve(ln, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/search/issues" {
			http.Error(w, "no such API", http.StatusNotFound)
			return
		}
		fmt.Printf("query: %q\n", r.URL.Query().Get("q"))
		fmt.Fprint(w, body)
	}))
	base := "http://" + ln.Addr().String()
	result, err := SearchIssues(base+"/search/issues", []string{"repo:golang/go", "is:open", "json", "decoder"})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("%d issues:\n", result.TotalCount)
	for _, item := range result.Items {
		fmt.Printf("#%-5d %9.9s %.55s\n", item.Number, item.User.Login, item.Title)
		fmt.Println("   ", item.State, item.CreatedAt.Format("2006-01-02"), item.User.HTMLURL == "", time.Date(2016, 1, 1, 0, 0, 0, 0, time.UTC).Sub(item.CreatedAt))
	}
	_, err = SearchIssues(base+"/search/nothing", nil)
	fmt.Println(err)
}
