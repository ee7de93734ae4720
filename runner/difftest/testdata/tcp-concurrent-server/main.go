// difftest: same
// sort: lines
package main

import (
	"bufio"
	"fmt"
	"net"
	"strings"
	"sync"
)

func handle(c net.Conn, wg *sync.WaitGroup) {
	defer wg.Done()
	defer c.Close()
	sc := bufio.NewScanner(c)
	for sc.Scan() {
		msg := sc.Text()
		if msg == "QUIT" {
			fmt.Fprintln(c, "BYE")
			return
		}
		fmt.Fprintln(c, strings.Repeat(msg, 2))
	}
}

func client(addr string, name string, out chan<- string) {
	c, err := net.Dial("tcp", addr)
	if err != nil {
		out <- err.Error()
		return
	}
	defer c.Close()
	r := bufio.NewReader(c)
	var got []string
	for _, m := range []string{name, "x", "QUIT"} {
		fmt.Fprintln(c, m)
		line, err := r.ReadString('\n')
		if err != nil {
			break
		}
		got = append(got, strings.TrimSpace(line))
	}
	out <- name + ": " + strings.Join(got, " ")
}

func main() {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	var wg sync.WaitGroup
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			wg.Add(1)
			go handle(c, &wg)
		}
	}()
	out := make(chan string)
	names := []string{"ann", "bob", "cy", "dee"}
	for _, n := range names {
		go client(ln.Addr().String(), n, out)
	}
	for range names {
		fmt.Println(<-out)
	}
	ln.Close()
	wg.Wait()
}
