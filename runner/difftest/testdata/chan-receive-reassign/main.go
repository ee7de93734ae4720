// difftest: same
package main

// Values received from channels and then changed, as a client's code does
// with what its reader goroutine hands it: a line trimmed in place, an
// error received into a variable and set again, a counter received and
// incremented, a struct's field, a value returned straight from a receive,
// and the comma-ok forms that drop one of their two results.

import (
	"bufio"
	"errors"
	"fmt"
	"net"
	"strings"
)

type stats struct{ lines int }

type client struct {
	in   chan string
	errc chan error
}

func (c *client) next() string { return <-c.in }

func main() {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	defer ln.Close()
	go func() {
		s, err := ln.Accept()
		if err != nil {
			return
		}
		fmt.Fprint(s, "  hello  \nsecond\nthird\n")
		s.Close()
	}()
	conn, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		panic(err)
	}
	c := &client{in: make(chan string, 8), errc: make(chan error, 1)}
	go func() {
		r := bufio.NewReader(conn)
		for {
			line, err := r.ReadString('\n')
			if err != nil {
				c.errc <- err
				close(c.in)
				return
			}
			c.in <- line
		}
	}()

	msg := <-c.in
	msg = strings.TrimSpace(msg)
	msg += "!"
	fmt.Printf("%q\n", msg)

	second := c.next()
	second = strings.ToUpper(second)
	fmt.Print(second)

	var st stats
	counts := make(chan int, 1)
	counts <- 1
	st.lines = <-counts
	st.lines++
	fmt.Println("lines:", st.lines)

	var last string
	last, _ = <-c.in
	last = strings.TrimSuffix(last, "\n")
	fmt.Println("last:", last)

	err = <-c.errc
	fmt.Println("reader stopped:", err)
	err = errors.Join(err, errors.New("closed"))
	fmt.Println(strings.ReplaceAll(err.Error(), "\n", "; "))

	var ok bool
	_, ok = <-c.in
	fmt.Println("more:", ok)
	if _, ok = <-c.in; !ok {
		fmt.Println("still closed")
	}
	conn.Close()
}
