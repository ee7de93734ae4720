package rewrite_test

func init() {
	programs = append(programs,
		fromCorpus("methodfuncs_fields", "method-value-fields"),
		fromCorpus("methodfuncs_expressions", "method-funcs"),
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
