// difftest: same
package main

// A chat server keeps the last few lines in a ring buffer, a generic type
// whose All method is an iterator (iter.Seq). A client that joins late
// asks for /history and gets them oldest first.

import (
	"bufio"
	"fmt"
	"iter"
	"net"
	"strings"
)

type Ring[T any] struct {
	items []T
	next  int
	full  bool
}

func NewRing[T any](n int) *Ring[T] { return &Ring[T]{items: make([]T, n)} }

func (r *Ring[T]) Add(v T) {
	r.items[r.next] = v
	r.next = (r.next + 1) % len(r.items)
	if r.next == 0 {
		r.full = true
	}
}

func (r *Ring[T]) All() iter.Seq2[int, T] {
	return func(yield func(int, T) bool) {
		start, n := 0, r.next
		if r.full {
			start, n = r.next, len(r.items)
		}
		for i := range n {
			if !yield(i+1, r.items[(start+i)%len(r.items)]) {
				return
			}
		}
	}
}

func main() {
	hist := NewRing[string](3)
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			sc := bufio.NewScanner(c)
			for sc.Scan() {
				switch line := sc.Text(); {
				case line == "/history":
					for i, h := range hist.All() {
						fmt.Fprintf(c, "%d %s\n", i, h)
					}
					fmt.Fprintln(c, ".")
				case strings.HasPrefix(line, "/first"):
					for _, h := range hist.All() {
						fmt.Fprintln(c, "first:", h)
						break
					}
				default:
					hist.Add(line)
					fmt.Fprintln(c, "ok")
				}
			}
			c.Close()
		}
	}()
	c, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		panic(err)
	}
	r := bufio.NewReader(c)
	history := func() {
		fmt.Fprintln(c, "/history")
		for {
			line, _ := r.ReadString('\n')
			if line == ".\n" {
				break
			}
			fmt.Print("  ", line)
		}
	}
	history()
	for _, msg := range []string{"hi", "how are you", "fine", "bye", "back again"} {
		fmt.Fprintln(c, msg)
		r.ReadString('\n')
		if msg == "how are you" || msg == "back again" {
			fmt.Println("after", msg+":")
			history()
		}
	}
	fmt.Fprintln(c, "/first")
	line, _ := r.ReadString('\n')
	fmt.Print(line)
	c.Close()
}
