// difftest: same
package main

// A generic queue of jobs for a server: Queue[T] with Push, Pop (which
// says whether there was one) and Len, used for requests read from the
// network and for their results. Map is a generic function from one slice
// to another.

import (
	"bufio"
	"fmt"
	"net"
	"strings"
)

type Queue[T any] struct {
	items []T
}

func (q *Queue[T]) Push(v T) { q.items = append(q.items, v) }

func (q *Queue[T]) Pop() (T, bool) {
	var zero T
	if len(q.items) == 0 {
		return zero, false
	}
	v := q.items[0]
	q.items = q.items[1:]
	return v, true
}

func (q *Queue[T]) Len() int { return len(q.items) }

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

type Request struct {
	From string
	Body string
}

func main() {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	defer ln.Close()
	var requests Queue[Request]
	got := make(chan bool)
	go func() {
		c, err := ln.Accept()
		if err != nil {
			return
		}
		defer c.Close()
		sc := bufio.NewScanner(c)
		for sc.Scan() {
			from, body, _ := strings.Cut(sc.Text(), ":")
			requests.Push(Request{from, body})
		}
		got <- true
	}()
	c, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		panic(err)
	}
	fmt.Fprint(c, "ann:ping\nbob:time\nann:echo hi\ncat:\n")
	c.Close()
	<-got
	fmt.Println("queued:", requests.Len())
	var results Queue[string]
	for {
		r, ok := requests.Pop()
		if !ok {
			break
		}
		results.Push(fmt.Sprintf("%s asked %q", r.From, r.Body))
	}
	lengths := Map(results.items, func(s string) int { return len(s) })
	for results.Len() > 0 {
		s, _ := results.Pop()
		fmt.Println(s)
	}
	fmt.Println(lengths, Map([]int{1, 2, 3}, func(i int) string { return strings.Repeat("*", i) }))
	_, ok := requests.Pop()
	fmt.Println("empty pop ok:", ok)
}
