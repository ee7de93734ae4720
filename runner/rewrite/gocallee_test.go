package rewrite_test

func init() {
	programs = append(programs,
		fromCorpus("gocallee_receivers", "goroutine-method-receiver"),
		fromCorpus("gocallee_elements", "conc-go-method-element"),
		program{"gocallee_shapes", `package main

import (
	"fmt"
	"sort"
	"strings"
)

type client struct{ id int }

func (c *client) serve(out chan<- string)  { out <- fmt.Sprint("serve ", c.id) }
func (c client) report(out chan<- string)  { out <- fmt.Sprint("report ", c.id) }
func (c *client) logf(out chan<- string, format string, args ...any) {
	out <- fmt.Sprintf("%d: "+format, append([]any{c.id}, args...)...)
}

type greeter interface{ greet(out chan<- string) }

type english struct{ name string }

func (e english) greet(out chan<- string) { out <- "hello " + e.name }

type french struct{ name string }

func (f french) greet(out chan<- string) { out <- "bonjour " + f.name }

// A room's methods come from the client it embeds.
type room struct {
	*client
	title string
}

func send[T any](out chan<- string, v T) { out <- fmt.Sprint("sent ", v) }

var hook = func(out chan<- string, s string) { out <- "hook " + s }

func announce(out chan<- string, who string) func(string) {
	return func(what string) { out <- who + " " + what }
}

func main() {
	out := make(chan string, 100)
	n := 0
	for i := 1; i <= 2; i++ {
		c := &client{id: i}
		go c.logf(out, "%s-%d", "x", i)
		go c.logf(out, "none")
		xs := []any{"a", i}
		go c.logf(out, "%s%d", xs...)
		go (c.serve)(out)
		go c.report(out) // a value method through a pointer copies *c here
		c = &client{id: -i}

		var g greeter = english{fmt.Sprint("e", i)}
		go g.greet(out)
		g = french{fmt.Sprint("f", i)}
		go g.greet(out)
		g = nil
		type local interface{ greet(out chan<- string) }
		var l local = french{fmt.Sprint("local", i)}
		go l.greet(out)
		l = nil

		cs := []client{{10 * i}, {10*i + 1}}
		go cs[0].serve(out)
		go cs[1].report(out)
		cs = nil

		r := room{&client{100 * i}, "lobby"}
		go r.serve(out)
		go r.report(out)
		r.client = &client{-100 * i}

		go (*client).serve(&client{1000 * i}, out)
		go send[int](out, i)
		go send(out, "s")
		go hook(out, fmt.Sprint(i))
		go announce(out, fmt.Sprint("user", i))("joined")
		go fmt.Sprint(
			i,
		)
		n += 17
	}
	hook = nil
	var got []string
	for range n {
		got = append(got, <-out)
	}
	sort.Strings(got)
	fmt.Println(strings.Join(got, "\n"))
}
`},
	)
}
