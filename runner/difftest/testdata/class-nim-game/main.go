// difftest: same
package main

// A game of Nim over TCP: the server holds a pile of stones, the client
// and the server take turns removing one to three, and whoever takes the
// last stone wins. The server always leaves a multiple of four when it can.

import (
	"bufio"
	"fmt"
	"net"
	"strconv"
	"strings"
)

type game struct {
	pile  int
	moves []string
}

func (g *game) take(who string, n int) error {
	if n < 1 || n > 3 {
		return fmt.Errorf("%s took %d: take 1, 2 or 3", who, n)
	}
	if n > g.pile {
		return fmt.Errorf("%s took %d: only %d left", who, n, g.pile)
	}
	g.pile -= n
	g.moves = append(g.moves, fmt.Sprintf("%s-%d", who, n))
	return nil
}

func (g *game) serverMove() int {
	if n := g.pile % 4; n != 0 {
		return n
	}
	return 1
}

func serve(ln net.Listener, done chan<- *game) {
	conn, err := ln.Accept()
	if err != nil {
		panic(err)
	}
	defer conn.Close()
	g := &game{pile: 13}
	in := bufio.NewScanner(conn)
	fmt.Fprintf(conn, "PILE %d\n", g.pile)
turns:
	for in.Scan() {
		n, err := strconv.Atoi(strings.TrimSpace(in.Text()))
		if err != nil {
			fmt.Fprintf(conn, "ERR %v\n", err)
			continue
		}
		if err := g.take("you", n); err != nil {
			fmt.Fprintf(conn, "ERR %v\n", err)
			continue
		}
		switch {
		case g.pile == 0:
			fmt.Fprintln(conn, "WIN you")
			break turns
		default:
			m := g.serverMove()
			g.take("me", m)
			if g.pile == 0 {
				fmt.Fprintf(conn, "LOSE I took %d\n", m)
				break turns
			}
			fmt.Fprintf(conn, "PILE %d (I took %d)\n", g.pile, m)
		}
	}
	done <- g
}

func main() {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	done := make(chan *game)
	go serve(ln, done)
	conn, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		panic(err)
	}
	r := bufio.NewReader(conn)
	for _, try := range []string{"2", "five", "4", "3", "1", "2", "3"} {
		line, err := r.ReadString('\n')
		if err != nil {
			fmt.Println("server closed:", err)
			break
		}
		fmt.Print("server: ", line)
		if strings.HasPrefix(line, "WIN") || strings.HasPrefix(line, "LOSE") {
			break
		}
		fmt.Println("client:", try)
		fmt.Fprintln(conn, try)
	}
	conn.Close()
	g := <-done
	fmt.Println("moves:", strings.Join(g.moves, " "), "left:", g.pile)
}
