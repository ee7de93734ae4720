// difftest: same
package main

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"slices"
	"sort"
	"strings"
	"sync"
	"time"
)

// Functions the program declares, used as values where Go stores a
// function: returned, kept in a map, a slice, a struct field or a channel,
// appended, put in an interface, then handed to Go's library and called.
func main() {
	fmt.Println(pick("up")("socket"), pick("bang")("socket"))
	fmt.Println(strings.Map(mapper(), "HAL"))

	mux := http.NewServeMux()
	mux.HandleFunc("/hello", handler())
	mux.Handle("/bye", routes["/bye"])
	s := &svc{name: "svc"}
	mux.HandleFunc("/svc", s.handler())
	for _, p := range []string{"/hello", "/bye", "/svc"} {
		rec := httptest.NewRecorder()
		mux.ServeHTTP(rec, httptest.NewRequest("GET", p, nil))
		fmt.Println(p, rec.Code, rec.Body.String())
	}

	ports := []int{8080, 22, 443}
	slices.SortFunc(ports, order())
	fmt.Println(ports)
	sort.Slice(ports, less(ports))
	fmt.Println(ports)

	var once sync.Once
	for range 3 {
		once.Do(greeter())
	}
	done := make(chan bool)
	time.AfterFunc(time.Millisecond, signal(done))
	<-done
	ctx, cancel := context.WithCancel(context.Background())
	stopped := make(chan bool)
	context.AfterFunc(ctx, signal(stopped))
	cancel()
	<-stopped
	fmt.Println("timer and context ran")

	filters := []func(rune) rune{upper}
	filters = append(filters, rot13)
	t := step{name: "rot13", f: rot13}
	ch := make(chan func(rune) rune, 1)
	ch <- upper
	var v any = rot13
	f, ok := v.(func(rune) rune)
	fmt.Println(strings.Map(filters[1], "uryyb"), strings.Map(t.f, "jbeyq"), strings.Map(<-ch, "ok"), ok, strings.Map(f, "nal"))

	g := shout
	var h func(string) string = shout
	fmt.Println(g("g"), h("h"), checks[0]() == nil, errors.Is(checks[1](), errDown))
	fmt.Println(sum()(1, 2, 3))
}

var routes = map[string]http.HandlerFunc{"/bye": bye}

var checks = []func() error{alive, down}

var errDown = errors.New("down")

type step struct {
	name string
	f    func(rune) rune
}

type svc struct{ name string }

func (s *svc) serve(w http.ResponseWriter, r *http.Request) {
	fmt.Fprint(w, s.name, " at ", r.URL.Path)
}

// handler returns a method value, which the interpreter makes a function
// of where it is taken.
func (s *svc) handler() http.HandlerFunc { return s.serve }

func pick(how string) func(string) string {
	if how == "up" {
		return strings.ToUpper
	}
	return shout
}

func mapper() func(rune) rune { return next }

func handler() http.HandlerFunc { return hello }

func order() func(a, b int) int { return compare }

func greeter() func() { return greet }

func signal(ch chan bool) func() { return func() { ch <- true } }

func less(s []int) func(i, j int) bool {
	return func(i, j int) bool { return s[i] > s[j] }
}

func sum() func(...int) int { return add }

func shout(s string) string { return s + "!" }

func next(r rune) rune { return r + 1 }

func upper(r rune) rune { return r - 'a' + 'A' }

func rot13(r rune) rune {
	if r >= 'a' && r <= 'z' {
		return 'a' + (r-'a'+13)%26
	}
	return r
}

func hello(w http.ResponseWriter, r *http.Request) { fmt.Fprint(w, "hello from ", r.URL.Path) }

func bye(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusGone)
	fmt.Fprint(w, "bye")
}

func compare(a, b int) int { return a - b }

func greet() { fmt.Println("greeted once") }

func alive() error { return nil }

func down() error { return errDown }

func add(xs ...int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}
