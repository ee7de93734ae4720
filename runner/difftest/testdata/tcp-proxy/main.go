// difftest: same
package main

import (
	"bufio"
	"fmt"
	"io"
	"net"
	"strings"
)

func backend() net.Listener {
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
			go func(c net.Conn) {
				defer c.Close()
				sc := bufio.NewScanner(c)
				for sc.Scan() {
					fmt.Fprintln(c, strings.ToUpper(sc.Text()))
				}
			}(c)
		}
	}()
	return ln
}

func proxy(target string) net.Listener {
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
			go func(c net.Conn) {
				defer c.Close()
				b, err := net.Dial("tcp", target)
				if err != nil {
					return
				}
				defer b.Close()
				go io.Copy(b, c)
				io.Copy(c, b)
			}(c)
		}
	}()
	return ln
}

func main() {
	b := backend()
	p := proxy(b.Addr().String())
	c, err := net.Dial("tcp", p.Addr().String())
	if err != nil {
		panic(err)
	}
	r := bufio.NewReader(c)
	for _, m := range []string{"through", "the proxy"} {
		fmt.Fprintln(c, m)
		line, err := r.ReadString('\n')
		fmt.Printf("%q %v\n", line, err)
	}
	c.Close()
}
