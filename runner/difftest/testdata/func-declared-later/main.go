// difftest: same
package main

import (
	"bytes"
	"fmt"
	"net/http"
	"net/http/httptest"
	"slices"
	"sort"
	"strings"
	"sync"
	"time"
)

// Functions and methods declared after the function literals that hand
// them, as values, to Go's library: each must run as the function it
// names, in the literal as outside it.
func main() {
	s := &server{hits: map[string]int{}}
	var once sync.Once
	run := func() {
		fmt.Println(strings.Map(shout, "abc"))
		fmt.Println(string(bytes.Map(shout, []byte("bytes"))))
		fmt.Println(strings.FieldsFunc("a1b22c", isDigit), strings.IndexFunc("xy7", isDigit))
		fmt.Println(strings.Map(rot[rune], "hello"), strings.Map(rot, "gen"))
		words := []string{"pear", "fig", "banana"}
		slices.SortFunc(words, byLen)
		fmt.Println(words)
		sort.Slice(words, func(i, j int) bool { return words[i] > words[j] })
		fmt.Println(words, strings.TrimFunc("77x77", isDigit))
		once.Do(s.start)
		once.Do(s.start)

		mux := http.NewServeMux()
		mux.HandleFunc("/hit", s.hit)
		mux.HandleFunc("/hello", hello)
		mux.Handle("/wrapped", http.HandlerFunc(hello))
		for _, u := range []string{"/hit?n=a", "/hit?n=a", "/hello", "/wrapped"} {
			w := httptest.NewRecorder()
			mux.ServeHTTP(w, httptest.NewRequest("GET", u, nil))
			fmt.Printf("%s %d %q\n", u, w.Code, w.Body.String())
		}

		fired := make(chan string, 1)
		t := ticker{name: "tick", out: fired}
		time.AfterFunc(time.Millisecond, t.fire)
		t.name = "changed" // the method value copied t before
		fmt.Println(<-fired)
	}
	run()
	go func() {
		fmt.Println(strings.Map((shout), "in a goroutine"))
		s.done <- true
	}()
	<-s.done
	fmt.Println(strings.Map(shout, "outside"), s.started)
	walk(3)
}

// walk hands itself to compiled code from a literal of its own.
func walk(n int) {
	each := func(r rune) {
		if n > 0 {
			strings.Map(func(r rune) rune { walk(n - 1); return r }, "x")
		}
	}
	fmt.Println(strings.Map(func(r rune) rune { each(r); return shout(r) }, "w"), n)
	f := func() { fmt.Println(strings.IndexFunc("w", alwaysOne), n) }
	f()
}

func alwaysOne(rune) bool { return true }

func shout(r rune) rune {
	if r >= 'a' && r <= 'z' {
		return r - 'a' + 'A'
	}
	return r
}

func isDigit(r rune) bool { return r >= '0' && r <= '9' }

func rot[T ~int32](r T) T {
	if r >= 'a' && r <= 'z' {
		return (r-'a'+13)%26 + 'a'
	}
	return r
}

func byLen(a, b string) int { return len(a) - len(b) }

func hello(w http.ResponseWriter, r *http.Request) { fmt.Fprint(w, "hello ", r.URL.Path) }

type server struct {
	hits    map[string]int
	started int
	done    chan bool
}

func (s *server) start() { s.started++; s.done = make(chan bool) }

func (s *server) hit(w http.ResponseWriter, r *http.Request) {
	n := r.URL.Query().Get("n")
	s.hits[n]++
	fmt.Fprintf(w, "%s=%d", n, s.hits[n])
}

type ticker struct {
	name string
	out  chan string
}

func (t ticker) fire() { t.out <- t.name + " fired" }
