// difftest: same
package main

import "fmt"

type Counter struct{ n int }

func (c Counter) Show() string { return fmt.Sprint("value ", c.n) }
func (c *Counter) Inc()        { c.n++ }

func main() {
	c := Counter{1}
	show := c.Show
	inc := c.Inc
	c.n = 10
	inc()
	fmt.Println(show(), c.n)
	fs := []func(){c.Inc, c.Inc}
	for _, f := range fs {
		f()
	}
	fmt.Println(c.n)
}
