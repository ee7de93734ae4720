// difftest: same
package main

// Project 5, "Guess Head or Tail" over TCP: the server tosses a coin for
// each guess (a seeded generator, so every run tosses the same), answers,
// and stops on Q. The client's guesses include a wrong letter.

import (
	"bufio"
	"fmt"
	"math/rand"
	"net"
	"strings"
)

type Coin struct {
	rng *rand.Rand
}

func (c *Coin) Toss() string {
	return []string{"H", "T"}[c.rng.Intn(2)]
}

func game(coin *Coin, guess string) string {
	switch guess {
	case "H", "T":
		if guess == coin.Toss() {
			return "You are right!"
		}
		return "Sorry, you are wrong."
	case "Q":
		return "Thanks for playing the game. Bye!"
	default:
		return "Please enter head (H), tail (T) or Q to quit"
	}
}

func serve(conn net.Conn) {
	defer conn.Close()
	coin := &Coin{rng: rand.New(rand.NewSource(42))}
	r := bufio.NewReader(conn)
	for {
		fmt.Fprint(conn, "I will toss a coin, guess if it is a head (H) or tail (T) : \n")
		line, err := r.ReadString('\n')
		if err != nil {
			return
		}
		guess := strings.ToUpper(strings.TrimSpace(line))
		fmt.Fprintln(conn, game(coin, guess))
		if guess == "Q" {
			return
		}
	}
}

func main() {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	go func() {
		conn, err := ln.Accept()
		if err == nil {
			serve(conn)
		}
	}()
	conn, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		panic(err)
	}
	r := bufio.NewReader(conn)
	for _, guess := range []string{"h", "t", "x", "H", "T", "h", "q"} {
		question, _ := r.ReadString('\n')
		fmt.Print(question[:len(question)-1])
		fmt.Println(guess)
		fmt.Fprintln(conn, guess)
		answer, _ := r.ReadString('\n')
		fmt.Print(answer)
	}
	_, err = r.ReadString('\n')
	fmt.Println("after Q:", err)
}
