// difftest: same
package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

type Conn struct{ id int }

func (c *Conn) Close()             { fmt.Println("close", c.id) }
func (c Conn) Log(words ...string) { fmt.Println("log", c.id, strings.Join(words, " ")) }

func pair(a, b int) { fmt.Println("pair", a, b) }

// serve defers a Close per connection, as a server's loop does.
func serve(n int) {
	for i := 0; i < n; i++ {
		c := &Conn{id: i}
		defer c.Close()
		v := Conn{id: 100 + i}
		defer v.Close()
		defer v.Log("served", strconv.Itoa(i))
	}
	fmt.Println("served", n)
}

func main() {
	serve(3)
	err := errors.New("first")
	total := 1
	defer fmt.Println("at the defer:", err, total, total*2)
	for i := range 3 {
		defer pair(i, i*i)
	}
	var c Conn
	for i := 1; i <= 2; i++ {
		c.id = i * 10
		defer c.Log("value", "receiver")
	}
	err = errors.New("second")
	total = 2
	fmt.Println("now:", err, total)
}
