// difftest: same
package main

// The Go Programming Language, 7.7: a function type with a method that
// satisfies an interface (as http.HandlerFunc does), a map of such
// handlers as a multiplexer, and middleware that wraps a handler.

import (
	"fmt"
	"sort"
	"strings"
)

type Request struct {
	Path  string
	Query map[string]string
}

type Handler interface {
	Serve(w *strings.Builder, r *Request)
}

type HandlerFunc func(w *strings.Builder, r *Request)

func (f HandlerFunc) Serve(w *strings.Builder, r *Request) { f(w, r) }

type ServeMux struct {
	routes map[string]Handler
}

func (m *ServeMux) Handle(path string, h Handler) { m.routes[path] = h }
func (m *ServeMux) HandleFunc(path string, f func(*strings.Builder, *Request)) {
	m.Handle(path, HandlerFunc(f))
}

func (m *ServeMux) Serve(w *strings.Builder, r *Request) {
	if h, ok := m.routes[r.Path]; ok {
		h.Serve(w, r)
		return
	}
	fmt.Fprintf(w, "404 no such page: %s", r.Path)
}

type database map[string]float32

func (db database) list(w *strings.Builder, r *Request) {
	items := make([]string, 0, len(db))
	for item := range db {
		items = append(items, item)
	}
	sort.Strings(items)
	for _, item := range items {
		fmt.Fprintf(w, "%s: $%.2f; ", item, db[item])
	}
}

func (db database) price(w *strings.Builder, r *Request) {
	item := r.Query["item"]
	if p, ok := db[item]; ok {
		fmt.Fprintf(w, "$%.2f", p)
		return
	}
	fmt.Fprintf(w, "no such item: %q", item)
}

func logged(name string, h Handler) Handler {
	return HandlerFunc(func(w *strings.Builder, r *Request) {
		w.WriteString("[" + name + "] ")
		h.Serve(w, r)
	})
}

func main() {
	db := database{"shoes": 50, "socks": 5}
	mux := &ServeMux{routes: map[string]Handler{}}
	mux.Handle("/list", HandlerFunc(db.list))
	mux.HandleFunc("/price", db.price)
	var root Handler = logged("root", mux)
	for _, r := range []*Request{{Path: "/list"}, {Path: "/price", Query: map[string]string{"item": "socks"}}, {Path: "/price", Query: map[string]string{"item": "hat"}}, {Path: "/help"}} {
		var w strings.Builder
		root.Serve(&w, r)
		fmt.Println(w.String())
	}
	_, isFunc := root.(HandlerFunc)
	fmt.Println(isFunc, len(mux.routes))
}
