// difftest: same
package main

import "fmt"

type conn struct{ last string }

func main() {
	lines := make(chan string, 4)
	for _, l := range []string{"hello", "again", "bye", "late"} {
		lines <- l
	}
	var (
		line string
		ok   bool
		c    = &conn{}
		got  = make([]string, 2)
	)
	select {
	case line = <-lines:
	}
	fmt.Println(line)
	select {
	case c.last, ok = <-lines:
	}
	fmt.Println(c.last, ok)
	select {
	case got[0] = <-lines:
		fmt.Println("got", got)
	}
	i := 5
	defer func() { fmt.Println("left in the channel:", len(lines)) }()
	select {
	case got[i] = <-lines:
	}
}
