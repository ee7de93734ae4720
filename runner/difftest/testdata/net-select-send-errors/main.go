// difftest: same
package main

// Connection handlers report what went wrong on a chan error inside a
// select that also watches for shutdown: a *LineError of the script's
// own, a value type's error, and a message of an interface the script
// declares on a chan of it.

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"net"
	"strconv"
	"strings"
)

type LineError struct {
	Line int
	Text string
}

func (e *LineError) Error() string { return fmt.Sprintf("line %d: bad number %q", e.Line, e.Text) }

type Closed struct{ Lines int }

func (c Closed) Error() string { return fmt.Sprintf("client left after %d lines", c.Lines) }

type Event interface{ Describe() string }

type Sum struct{ Total int }

func (s Sum) Describe() string { return "sum so far " + strconv.Itoa(s.Total) }

func handle(ctx context.Context, c net.Conn, errc chan<- error, events chan<- Event) {
	defer c.Close()
	sc := bufio.NewScanner(c)
	n, total := 0, 0
	for sc.Scan() {
		n++
		v, err := strconv.Atoi(strings.TrimSpace(sc.Text()))
		if err != nil {
			text := sc.Text()
			select {
			case errc <- &LineError{n, text}:
			case <-ctx.Done():
				return
			}
			continue
		}
		total += v
		s := Sum{total}
		select {
		case events <- s:
		case <-ctx.Done():
			return
		}
		fmt.Fprintln(c, total)
	}
	select {
	case errc <- Closed{n}:
	case <-ctx.Done():
	}
}

func main() {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	defer ln.Close()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	errc := make(chan error)
	events := make(chan Event)
	go func() {
		c, err := ln.Accept()
		if err == nil {
			handle(ctx, c, errc, events)
		}
	}()
	c, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		panic(err)
	}
	r := bufio.NewReader(c)
	for _, line := range []string{"5", "x7", "10", "3"} {
		fmt.Fprintln(c, line)
		select {
		case err := <-errc:
			var le *LineError
			fmt.Println("error:", err, errors.As(err, &le) && le.Line == 2)
		case ev := <-events:
			reply, _ := r.ReadString('\n')
			fmt.Printf("%s, reply %s", ev.Describe(), reply)
		}
	}
	c.Close()
	err = <-errc
	var cl Closed
	fmt.Println("error:", err, errors.As(err, &cl), cl.Lines)
}
