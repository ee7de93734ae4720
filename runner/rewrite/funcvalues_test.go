package rewrite_test

func init() {
	programs = append(programs,
		fromCorpus("funcvalues_changed_after", "goroutine-changed-var"),
		fromCorpus("funcvalues_argument_waits", "goroutine-arg-receive"),
		fromCorpus("funcvalues_compiled_changed", "goroutine-compiled-changed"),
		program{"funcvalues_compiled_keeps", `package main

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"sort"
	"strings"
	"sync"
)

type greeter struct{ hello func() string }

func main() {
	var fs []func()
	for i := range 3 {
		fs = append(fs, sync.OnceFunc(func() { fmt.Println("once", i) }))
	}
	for _, name := range []string{"ann", "bob"} {
		msg := "hello " + name
		fs = append(fs, sync.OnceFunc((func() { fmt.Println(msg) })))
	}
	for i := 0; i < 2; i++ {
		fs = append(fs, sync.OnceFunc(func() {
			fmt.Println("three-clause", i)
		}))
	}
	for i := 0; i < 2; i++ {
		n := i
		fs = append(fs, sync.OnceFunc(func() { fmt.Println("changed after", n) }))
		n += 10
	}
	for _, f := range fs {
		f()
	}

	mux := http.NewServeMux()
	for _, p := range []string{"/x", "/y"} {
		mux.HandleFunc(p, func(w http.ResponseWriter, r *http.Request) { fmt.Fprint(w, "path ", p) })
		mux.Handle(p+"/h", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { fmt.Fprint(w, "handler ", p) }))
	}
	for _, u := range []string{"/x", "/y", "/x/h", "/y/h"} {
		w := httptest.NewRecorder()
		mux.ServeHTTP(w, httptest.NewRequest("GET", u, nil))
		fmt.Println(u, w.Body.String())
	}

	// Literals called at once, and the script's own types, run as before.
	words := []string{"b", "c", "a"}
	for round := range 2 {
		sort.Slice(words, func(i, j int) bool { return (words[i] < words[j]) == (round == 0) })
		fmt.Println(strings.Join(words, ""), strings.Map(func(r rune) rune { return r + rune(round) }, "ab"))
	}
	var gs []greeter
	for _, n := range []string{"x", "y"} {
		gs = append(gs, greeter{hello: func() string { return n }})
	}
	fmt.Println(gs[0].hello(), gs[1].hello())
}
`},
		program{"funcvalues_goroutines_keep", `package main

import (
	"fmt"
	"sort"
	"sync"
)

func main() {
	// Every goroutine waits until the loop has ended, so each reads its
	// variables after the next iterations made theirs.
	start := make(chan bool)
	results := make(chan string, 9)
	var wg sync.WaitGroup
	for i, name := range []string{"ann", "bob", "cy"} {
		msg := "hi " + name
		go func() { <-start; results <- fmt.Sprint(i, msg) }()
		go func(suffix string) {
			<-start
			results <- msg + suffix
		}("!")
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-start
			results <- fmt.Sprint("wg ", name)
		}()
	}
	close(start)
	wg.Wait()
	var got []string
	for range 9 {
		got = append(got, <-results)
	}
	sort.Strings(got)
	fmt.Println(got)
}
`},
	)
}
