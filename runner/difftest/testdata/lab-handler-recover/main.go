// difftest: same
package main

// A server that survives a bad client: each connection's handler recovers
// its own panics (an index out of range on a short command, a nil map
// write it provoked on purpose), tells the client, and the server goes on
// serving the next one. The recovered values are printed as Go prints
// them.

import (
	"bufio"
	"fmt"
	"net"
	"strings"
)

func handle(c net.Conn, report chan<- string) {
	defer c.Close()
	defer func() {
		if r := recover(); r != nil {
			fmt.Fprintln(c, "server error")
			report <- fmt.Sprintf("recovered: %v", r)
			return
		}
		report <- "handled"
	}()
	line, err := bufio.NewReader(c).ReadString('\n')
	if err != nil {
		return
	}
	fields := strings.Fields(line)
	switch fields[0] {
	case "GET":
		fmt.Fprintln(c, "value of", fields[1])
	case "SET":
		var store map[string]string
		store[fields[1]] = fields[2]
	default:
		fmt.Fprintln(c, "unknown", fields[0])
	}
}

func main() {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	defer ln.Close()
	report := make(chan string)
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			go handle(c, report)
		}
	}()
	for _, req := range []string{"GET name", "GET", "SET a b", "PING", "   "} {
		c, err := net.Dial("tcp", ln.Addr().String())
		if err != nil {
			panic(err)
		}
		fmt.Fprintln(c, req)
		reply, _ := bufio.NewReader(c).ReadString('\n')
		c.Close()
		fmt.Printf("%-10q -> %-16q %s\n", req, reply, <-report)
	}
}
