// difftest: same
package main

// Assignment 5, "Guess High or Low": the client is given and must not
// change; the server sends GUESS, reads a number, and answers LOW, HIGH,
// WIN or, after five tries, GAMEOVER. Two games: one won, one lost.

import (
	"bufio"
	"fmt"
	"net"
	"strconv"
	"strings"
)

const tries = 5

func server(conn net.Conn, secret int) {
	defer conn.Close()
	r := bufio.NewReader(conn)
	for counter := tries; counter > 0; counter-- {
		conn.Write([]byte("GUESS\n"))
		line, err := r.ReadString('\n')
		if err != nil {
			return
		}
		guess, err := strconv.Atoi(strings.TrimSpace(line))
		switch {
		case err != nil:
			conn.Write([]byte("Please enter number 1 to 100\n"))
		case guess == secret:
			conn.Write([]byte("WIN\n"))
			return
		case guess > secret:
			conn.Write([]byte("HIGH\n"))
		default:
			conn.Write([]byte("LOW\n"))
		}
	}
	conn.Write([]byte("GAMEOVER\n"))
}

// client is the given client: it reacts to what the server says.
func client(addr string, guesses []int) {
	s, err := net.Dial("tcp", addr)
	if err != nil {
		fmt.Println(err)
		return
	}
	defer s.Close()
	r := bufio.NewReader(s)
	next := 0
	for {
		data, err := r.ReadString('\n')
		if err != nil {
			fmt.Println("connection closed:", err)
			return
		}
		switch received := strings.TrimSpace(data); received {
		case "LOW":
			fmt.Println("Your guess is too low.")
		case "HIGH":
			fmt.Println("Your guess is too high.")
		case "GUESS":
			guess := guesses[next]
			next++
			fmt.Printf("Enter guess (1-100): %d\n", guess)
			s.Write([]byte(strconv.Itoa(guess) + "\n"))
		case "WIN":
			fmt.Println("You win!")
			return
		case "GAMEOVER":
			fmt.Println("You ran out of tries! Game over.")
			return
		default:
			fmt.Println("server says:", received)
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
		for _, secret := range []int{64, 3} {
			conn, err := ln.Accept()
			if err != nil {
				return
			}
			server(conn, secret)
		}
	}()
	client(ln.Addr().String(), []int{50, 75, 62, 68, 64})
	fmt.Println("--- second game")
	client(ln.Addr().String(), []int{50, 25, 12, 6, 4})
}
