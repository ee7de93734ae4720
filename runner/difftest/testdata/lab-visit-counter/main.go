// difftest: same
package main

// The iterative server remembers its visitors: each client sends its name,
// and the server answers with how many times it has seen that name, kept
// in a map that lives as long as the server. Clients come one at a time.

import (
	"bufio"
	"fmt"
	"net"
	"strings"
)

type visitors map[string]int

func (v visitors) greet(name string) string {
	v[name]++
	switch n := v[name]; n {
	case 1:
		return "Hello " + name + ", nice to meet you"
	case 2:
		return "Welcome back, " + name
	default:
		return fmt.Sprintf("%s again? That's visit number %d", name, n)
	}
}

func main() {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	seen := visitors{}
	go func() {
		for {
			conn, err := ln.Accept()
			if err != nil {
				return
			}
			name, err := bufio.NewReader(conn).ReadString('\n')
			if err == nil {
				fmt.Fprintln(conn, seen.greet(strings.TrimSpace(name)))
			}
			conn.Close()
		}
	}()
	for _, name := range []string{"Wei", "Siti", "Wei", "Wei", "Ravi", "Siti"} {
		conn, err := net.Dial("tcp", ln.Addr().String())
		if err != nil {
			panic(err)
		}
		fmt.Fprintln(conn, name)
		reply, _ := bufio.NewReader(conn).ReadString('\n')
		fmt.Print(reply)
		conn.Close()
	}
	ln.Close()
	fmt.Println(len(seen), "different visitors")
}
