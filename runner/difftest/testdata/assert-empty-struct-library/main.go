// difftest: same
package main

// A cache of seen requests keeps a marker of no fields in a sync.Map, and
// a request's context carries one too: the values that sync.Map's Load
// and the context's Value return are asserted back to the marker's type
// (and to others), as a program that dedupes work would. The interpreter
// panicked asserting a struct of no fields that Go's library returned as
// an interface{} (reflect: Field index out of bounds).

import (
	"context"
	"fmt"
	"sync"
)

type seen struct{}

type traceKey string

type request struct {
	id   int
	path string
}

func handle(ctx context.Context, cache *sync.Map, r request) string {
	if v, ok := cache.Load(r.path); ok {
		if _, isSeen := v.(seen); isSeen {
			return fmt.Sprintf("request %d: %s already served", r.id, r.path)
		}
		if n, isCount := v.(int); isCount {
			return fmt.Sprintf("request %d: %s counted %d", r.id, r.path, n)
		}
	}
	cache.Store(r.path, seen{})
	traced := "untraced"
	if _, ok := ctx.Value(traceKey("trace")).(seen); ok {
		traced = "traced"
	}
	return fmt.Sprintf("request %d: %s served, %s", r.id, r.path, traced)
}

func main() {
	var cache sync.Map
	cache.Store("/stats", 3)
	ctx := context.WithValue(context.Background(), traceKey("trace"), seen{})
	reqs := []request{{1, "/"}, {2, "/about"}, {3, "/"}, {4, "/stats"}}
	for _, r := range reqs {
		fmt.Println(handle(ctx, &cache, r))
	}
	fmt.Println(handle(context.Background(), &cache, request{5, "/new"}))

	var flags sync.Map
	flags.Store("ready", seen{})
	v, _ := flags.Load("ready")
	_, ready := v.(seen)
	_, str := v.(string)
	fmt.Println("ready:", ready, "a string:", str)

	w, _ := cache.Load("/")
	fmt.Println("marker:", w.(seen) == seen{})
}
