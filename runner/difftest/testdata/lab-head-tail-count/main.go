// difftest: same
package main

// Assignment 4, head or tail with counters: the server counts the guesses
// (N) and the right ones (C), and says "You have guessed correctly C out of
// N times." when the player quits. The coin is math/rand/v2 with a PCG
// source of a fixed seed.

import (
	"bufio"
	"fmt"
	"math/rand/v2"
	"net"
	"strings"
)

type score struct{ correct, total int }

func (s score) String() string {
	return fmt.Sprintf("You have guessed correctly %d out of %d times.", s.correct, s.total)
}

func main() {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	defer ln.Close()
	go func() {
		conn, err := ln.Accept()
		if err != nil {
			return
		}
		defer conn.Close()
		rng := rand.New(rand.NewPCG(1, 2))
		var s score
		sc := bufio.NewScanner(conn)
		for sc.Scan() {
			guess := strings.ToUpper(sc.Text())
			if guess == "Q" {
				fmt.Fprintln(conn, s)
				return
			}
			toss := "HT"[rng.IntN(2):][:1]
			s.total++
			if guess == toss {
				s.correct++
				fmt.Fprintln(conn, "right, it was", toss)
			} else {
				fmt.Fprintln(conn, "wrong, it was", toss)
			}
		}
	}()

	conn, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		panic(err)
	}
	defer conn.Close()
	sc := bufio.NewScanner(conn)
	for _, g := range strings.Fields("H H T T H T H q") {
		fmt.Fprintln(conn, g)
		if !sc.Scan() {
			break
		}
		fmt.Printf("%-2s %s\n", g, sc.Text())
	}
}
