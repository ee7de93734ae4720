// difftest: same
package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

// A go statement evaluates the function it calls, and a method's receiver,
// where it stands; each loop below changes or makes again what the go
// statement read right after it.

type client struct {
	id   int
	name string
}

func (c *client) serve(out chan<- string) { out <- fmt.Sprint("serve ", c.id) }
func (c client) report(out chan<- string) { out <- fmt.Sprint("report ", c.id) }

type logger struct{ prefix string }

func (l *logger) log(out chan<- string, msg string) { out <- l.prefix + msg }

// A session gets log from the embedded logger.
type session struct {
	*logger
	id int
}

type hooks struct{ onJoin func(string) }

func announce(out chan<- string, who string) func(string) {
	return func(what string) { out <- who + " " + what }
}

// collect receives n strings and says how many times each came.
func collect(out <-chan string, n int) string {
	times := map[string]int{}
	for range n {
		times[<-out]++
	}
	var got []string
	for s, k := range times {
		got = append(got, fmt.Sprint(s, " x", k))
	}
	sort.Strings(got)
	return strings.Join(got, ", ")
}

func main() {
	const n = 40
	out := make(chan string, n)

	for i := 0; i < n; i++ {
		c := &client{id: i % 4}
		go c.serve(out)
		c = nil
	}
	fmt.Println(collect(out, n))

	for i := 0; i < n; i++ {
		c := client{id: i % 4}
		go c.report(out)
		c.id = -1
	}
	fmt.Println(collect(out, n))

	for _, c := range []client{{id: 1}, {id: 2}, {id: 3}} {
		go c.report(out)
	}
	fmt.Println(collect(out, 3))

	for i := 0; i < n; i++ {
		s := session{&logger{fmt.Sprint("log", i%4, ": ")}, i}
		go s.log(out, "hello")
		s.logger = &logger{"changed: "}
	}
	fmt.Println(collect(out, n))

	h := &hooks{}
	for i := 0; i < n; i++ {
		h.onJoin = announce(out, fmt.Sprint("user", i%4))
		go h.onJoin("joined")
	}
	h.onJoin = nil
	fmt.Println(collect(out, n))

	handlers := make([]func(string), 1)
	for i := 0; i < n; i++ {
		handlers[0] = announce(out, fmt.Sprint("handler", i%4))
		go handlers[0]("ran")
	}
	fmt.Println(collect(out, n))

	var wgs []*sync.WaitGroup
	for i := 0; i < n; i++ {
		wg := &sync.WaitGroup{}
		wg.Add(1)
		wgs = append(wgs, wg)
		go wg.Done()
		wg = nil
	}
	for _, wg := range wgs {
		wg.Wait()
	}
	fmt.Println("all", len(wgs), "done")
}
