// difftest: same
package main

import "fmt"

type Conn struct{ id int }

func (c *Conn) Close() { fmt.Println("close", c.id) }

func main() {
	conns := []*Conn{{1}, {2}, {3}}
	for i, c := range conns {
		defer func() { fmt.Println("closing", i); c.Close() }()
	}
	for i := 0; i < 2; i++ {
		name := fmt.Sprint("w", i)
		defer func(tag string) { fmt.Println(tag, name, i) }("tag")
	}
	total := 0
	for i := range 3 {
		total += i
		defer func() { fmt.Println("total is", total) }()
	}
}

func more() {
	for i := 0; i < 2; i++ {
		x := i * 10
		defer func(a, b int) { fmt.Println("more", a, b, x) }(i, x+1)
	}
}

func init() { defer more() }
