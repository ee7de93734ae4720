// difftest: same
package main

import (
	"bufio"
	"fmt"
	"net"
	"strings"
	"sync"
)

// handle answers each line of one client in upper case; its cleanup is a
// closure that it defers.
func handle(c net.Conn, wg *sync.WaitGroup, log func(string, ...any)) {
	lines := 0
	cleanup := func() {
		c.Close()
		log("closed after %d lines", lines)
		wg.Done()
	}
	defer cleanup()
	sc := bufio.NewScanner(c)
	for sc.Scan() {
		lines++
		fmt.Fprintln(c, strings.ToUpper(sc.Text()))
	}
}

func main() {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	var mu sync.Mutex
	var events []string
	log := func(format string, args ...any) {
		mu.Lock()
		defer mu.Unlock()
		events = append(events, fmt.Sprintf(format, args...))
	}
	stop := func() {
		ln.Close()
		log("listener closed")
	}
	defer stop()
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		c, err := ln.Accept()
		if err != nil {
			panic(err)
		}
		handle(c, &wg, log)
	}()
	c, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		panic(err)
	}
	r := bufio.NewReader(c)
	for _, w := range []string{"hello", "socket"} {
		fmt.Fprintln(c, w)
		reply, _ := r.ReadString('\n')
		fmt.Print(reply)
	}
	c.Close()
	wg.Wait()
	fmt.Println(events)
}
