// difftest: same
package main

import "fmt"

type Counter int

func (c *Counter) Inc()    { *c++ }
func (c Counter) Get() int { return int(c) }

type Box struct{ n int }

func (b Box) Show() string { return fmt.Sprint("box ", b.n) }

func main() {
	var c Counter
	inc := c.Inc
	get := c.Get
	inc()
	fmt.Println(get(), c.Get())

	b := Box{1}
	bump := func() { b.n++ }
	show := b.Show
	bump()
	fmt.Println(show(), b.Show())

	d := Box{10}
	pd := &d
	dshow := d.Show
	pd.n = 20
	fmt.Println(dshow(), d.Show())
}
