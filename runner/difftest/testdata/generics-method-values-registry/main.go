// difftest: same
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Registry[T any] struct {
	items map[string]T
}

func (r *Registry[T]) Register(name string, v T) { r.items[name] = v }
func (r *Registry[T]) Lookup(name string) (T, bool) {
	v, ok := r.items[name]
	return v, ok
}
func (r *Registry[T]) Names() []string {
	var ns []string
	for n := range r.items {
		ns = append(ns, n)
	}
	sort.Strings(ns)
	return ns
}

type Handler func(string) string

type Plugin struct{ Prefix string }

func (p Plugin) Apply(s string) string { return p.Prefix + s }

func main() {
	r := &Registry[Handler]{items: map[string]Handler{}}
	reg := r.Register
	reg("up", strings.ToUpper)
	reg("rev", func(s string) string {
		b := []byte(s)
		for i, j := 0, len(b)-1; i < j; i, j = i+1, j-1 {
			b[i], b[j] = b[j], b[i]
		}
		return string(b)
	})
	reg("pre", Plugin{">> "}.Apply)
	lookup := r.Lookup
	for _, n := range r.Names() {
		h, _ := lookup(n)
		fmt.Println(n, h("hello"))
	}
	_, ok := lookup("none")
	fmt.Println(ok)
	names := r.Names
	fmt.Println(names())
	rp := &Registry[Plugin]{items: map[string]Plugin{}}
	rp.Register("a", Plugin{"A:"})
	fn := (*Registry[Plugin]).Lookup
	p, _ := fn(rp, "a")
	fmt.Println(p, p.Apply("x"))
	fmt.Printf("%v %+v\n", p, p)
}
