// difftest: same
package main

// A number-guessing game served over TCP: the server holds the secret and
// answers each guess with "higher", "lower" or "correct"; the client plays
// by bisection.

import (
	"bufio"
	"fmt"
	"net"
	"strconv"
	"strings"
)

const secret = 37

func play(c net.Conn) {
	defer c.Close()
	sc := bufio.NewScanner(c)
	fmt.Fprintln(c, "guess a number from 1 to 100")
	tries := 0
	for sc.Scan() {
		n, err := strconv.Atoi(strings.TrimSpace(sc.Text()))
		if err != nil {
			fmt.Fprintf(c, "not a number: %v\n", err)
			continue
		}
		tries++
		switch {
		case n < secret:
			fmt.Fprintln(c, "higher")
		case n > secret:
			fmt.Fprintln(c, "lower")
		default:
			fmt.Fprintf(c, "correct in %d tries\n", tries)
			return
		}
	}
}

func main() {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	defer ln.Close()
	go func() {
		c, err := ln.Accept()
		if err == nil {
			play(c)
		}
	}()
	c, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		panic(err)
	}
	defer c.Close()
	r := bufio.NewReader(c)
	greeting, _ := r.ReadString('\n')
	fmt.Print("server: ", greeting)
	fmt.Fprintln(c, "fifty")
	line, _ := r.ReadString('\n')
	fmt.Print("server: ", line)
	lo, hi := 1, 100
	for {
		guess := (lo + hi) / 2
		fmt.Fprintln(c, guess)
		line, err := r.ReadString('\n')
		if err != nil {
			fmt.Println("connection:", err)
			return
		}
		fmt.Printf("%d -> %s", guess, line)
		switch strings.TrimSpace(line) {
		case "higher":
			lo = guess + 1
		case "lower":
			hi = guess - 1
		default:
			return
		}
	}
}
