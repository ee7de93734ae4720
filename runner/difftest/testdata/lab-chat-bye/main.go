// difftest: same
package main

// Assignment 3, a chat with quit: either side ends the chat by writing BYE,
// in any case. The two sides' lines are scripted; whoever says bye closes
// its socket, and the other sees the chat end.

import (
	"bufio"
	"fmt"
	"net"
	"strings"
)

func isBye(msg string) bool {
	return strings.EqualFold(strings.TrimSpace(msg), "bye")
}

// talk sends its lines in turn with the peer's, starting first or second.
func talk(name string, conn net.Conn, lines []string, first bool, done chan<- string) {
	defer conn.Close()
	in := bufio.NewScanner(conn)
	turn := first
	for _, line := range lines {
		if !turn {
			if !in.Scan() {
				done <- name + ": the other side left"
				return
			}
			msg := in.Text()
			if isBye(msg) {
				done <- fmt.Sprintf("%s: the other side said %q", name, msg)
				return
			}
		}
		fmt.Fprintln(conn, line)
		if isBye(line) {
			done <- name + ": I said bye"
			return
		}
		turn = false
	}
	done <- name + ": out of lines"
}

func main() {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	defer ln.Close()
	done := make(chan string)
	go func() {
		c, err := ln.Accept()
		if err != nil {
			panic(err)
		}
		talk("server", c, []string{"hello", "what's new?", "ok", "never mind"}, true, done)
	}()
	c, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		panic(err)
	}
	go talk("client", c, []string{"hi", "nothing much", "Bye"}, false, done)
	first, second := <-done, <-done
	if strings.HasPrefix(first, "server") {
		first, second = second, first
	}
	fmt.Println(first)
	fmt.Println(second)
}
