package rewrite_test

func init() {
	programs = append(programs,
		fromCorpus("methodfuncs_fields", "method-value-fields"),
		program{"methodfuncs_expressions", `package main

import (
	"fmt"
	"strings"
)

type Acc struct{ total int }

func (a *Acc) Add(n int)                { a.total += n }
func (a Acc) Total() int                { return a.total }
func (a Acc) Join(sep string, w ...string) string { return strings.Join(w, sep) }

func main() {
	a := &Acc{}
	add := (*Acc).Add
	for i := 1; i <= 4; i++ {
		add(a, i)
	}
	total := Acc.Total
	fmt.Println(total(*a))
	join := Acc.Join
	fmt.Println(join(*a, "-", "x", "y", "z"))
	fmt.Println((*Acc).Total(a))
}
`},
		program{"methodfuncs_values", `package main

import "fmt"

type Counter struct{ n int }

func (c Counter) Show() string { return fmt.Sprint("value ", c.n) }
func (c *Counter) Inc()        { c.n++ }

type Shower interface{ Show() string }

func main() {
	c := Counter{1}
	show := c.Show
	inc := c.Inc
	c.n = 10
	inc()
	fmt.Println(show(), c.n)
	var fs []func() string
	for i := range 3 {
		v := Counter{i}
		fs = append(fs, v.Show)
		v.n = 100
	}
	for _, f := range fs {
		fmt.Println(f())
	}
	var s Shower = Counter{7}
	f := s.Show
	s = Counter{8}
	fmt.Println(f(), s.Show())
	p := &Counter{20}
	g := p.Show
	p.n = 21
	fmt.Println(g())
}
`},
	)
}
