// difftest: same
package main

import (
	"errors"
	"fmt"
	"net"
	"sync"
)

type Pool[T any] struct {
	mu      sync.Mutex
	items   []T
	newItem func() (T, error)
	made    int
	limit   int
}

var ErrExhausted = errors.New("pool exhausted")

func NewPool[T any](limit int, f func() (T, error)) *Pool[T] {
	return &Pool[T]{newItem: f, limit: limit}
}

func (p *Pool[T]) Get() (T, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if n := len(p.items); n > 0 {
		it := p.items[n-1]
		p.items = p.items[:n-1]
		return it, nil
	}
	if p.made >= p.limit {
		var zero T
		return zero, fmt.Errorf("get after %d: %w", p.made, ErrExhausted)
	}
	p.made++
	return p.newItem()
}

func (p *Pool[T]) Put(it T) {
	p.mu.Lock()
	p.items = append(p.items, it)
	p.mu.Unlock()
}

func (p *Pool[T]) String() string {
	return fmt.Sprintf("Pool[%T]{made:%d idle:%d}", *new(T), p.made, len(p.items))
}

type Set[K comparable] map[K]struct{}

func (s Set[K]) Add(k K)      { s[k] = struct{}{} }
func (s Set[K]) Has(k K) bool { _, ok := s[k]; return ok }
func (s Set[K]) Len() int     { return len(s) }

func main() {
	ln, _ := net.Listen("tcp", "127.0.0.1:0")
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			go func() {
				buf := make([]byte, 64)
				for {
					n, err := c.Read(buf)
					if err != nil {
						c.Close()
						return
					}
					c.Write(buf[:n])
				}
			}()
		}
	}()
	pool := NewPool(2, func() (net.Conn, error) { return net.Dial("tcp", ln.Addr().String()) })
	var conns []net.Conn
	for range 3 {
		c, err := pool.Get()
		if err != nil {
			fmt.Println(err, errors.Is(err, ErrExhausted), c == nil)
			continue
		}
		conns = append(conns, c)
	}
	fmt.Println(pool)
	for i, c := range conns {
		fmt.Fprintf(c, "msg%d", i)
		b := make([]byte, 8)
		n, _ := c.Read(b)
		fmt.Println(string(b[:n]))
		pool.Put(c)
	}
	fmt.Println(pool)
	c, _ := pool.Get()
	fmt.Println(c == conns[1], pool)
	seen := Set[string]{}
	for _, w := range []string{"a", "b", "a"} {
		seen.Add(w)
	}
	fmt.Println(seen.Len(), seen.Has("a"), seen.Has("z"), seen)
	ip := NewPool(1, func() (int, error) { return 42, nil })
	v, err := ip.Get()
	fmt.Println(v, err, ip)
	_, err = ip.Get()
	fmt.Printf("%v %T\n", err, errors.Unwrap(err))
	ln.Close()
}
