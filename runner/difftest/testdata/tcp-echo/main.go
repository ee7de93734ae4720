// difftest: same
package main

import (
	"bufio"
	"fmt"
	"net"
	"strings"
)

func serve(ln net.Listener) {
	for {
		c, err := ln.Accept()
		if err != nil {
			return
		}
		go func(c net.Conn) {
			defer c.Close()
			r := bufio.NewReader(c)
			for {
				line, err := r.ReadString('\n')
				if err != nil {
					return
				}
				fmt.Fprintf(c, "echo: %s", strings.ToUpper(line))
			}
		}(c)
	}
}

func main() {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	defer ln.Close()
	go serve(ln)
	c, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		panic(err)
	}
	defer c.Close()
	r := bufio.NewReader(c)
	for _, m := range []string{"hello", "second line", "bye"} {
		fmt.Fprintln(c, m)
		reply, err := r.ReadString('\n')
		if err != nil {
			fmt.Println("read:", err)
			return
		}
		fmt.Print(reply)
	}
	fmt.Println(c.RemoteAddr().Network(), c.RemoteAddr().String() == ln.Addr().String())
}
