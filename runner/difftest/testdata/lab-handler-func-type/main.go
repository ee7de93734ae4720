// difftest: same
package main

// A connection handler type of the program's own, in net/http's style: a
// func type with a method (ConnHandlerFunc.ServeConn), an interface it
// satisfies, and a server that takes either a struct handler or a plain
// function converted to the func type.

import (
	"bufio"
	"fmt"
	"net"
	"strings"
)

type ConnHandler interface {
	ServeConn(c net.Conn)
}

type ConnHandlerFunc func(c net.Conn)

func (f ConnHandlerFunc) ServeConn(c net.Conn) { f(c) }

type upper struct{ served int }

func (u *upper) ServeConn(c net.Conn) {
	u.served++
	line, _ := bufio.NewReader(c).ReadString('\n')
	fmt.Fprint(c, strings.ToUpper(line))
}

func reverse(c net.Conn) {
	line, _ := bufio.NewReader(c).ReadString('\n')
	r := []rune(strings.TrimSpace(line))
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	fmt.Fprintln(c, string(r))
}

func serve(h ConnHandler) (string, func()) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			h.ServeConn(c)
			c.Close()
		}
	}()
	return ln.Addr().String(), func() { ln.Close() }
}

func ask(addr, text string) string {
	c, err := net.Dial("tcp", addr)
	if err != nil {
		return err.Error()
	}
	defer c.Close()
	fmt.Fprintln(c, text)
	reply, _ := bufio.NewReader(c).ReadString('\n')
	return strings.TrimSpace(reply)
}

func main() {
	u := &upper{}
	a, stopA := serve(u)
	defer stopA()
	b, stopB := serve(ConnHandlerFunc(reverse))
	defer stopB()
	echo := ConnHandlerFunc(func(c net.Conn) {
		line, _ := bufio.NewReader(c).ReadString('\n')
		fmt.Fprint(c, "echo: ", line)
	})
	e, stopE := serve(echo)
	defer stopE()
	for _, word := range []string{"socket", "stressed"} {
		fmt.Println(ask(a, word), ask(b, word), ask(e, word))
	}
	fmt.Println("upper served", u.served)
}
