// difftest: same
package main

// Exercise 1 of the notebook, Mr Leong's guessing game: the server sends
// GUESS, reads the client's number, answers Low or High until the guess is
// right, then Correct. The client guesses by bisection and prints each raw
// message it receives, as the Python client did with f"Received {raw}".

import (
	"bufio"
	"fmt"
	"log"
	"net"
	"strconv"
	"strings"
)

func guessServer(ln net.Listener, answer int) {
	s, err := ln.Accept()
	if err != nil {
		log.Println(err)
		return
	}
	defer s.Close()
	r := bufio.NewReader(s)
	guessed := false
	for !guessed {
		s.Write([]byte("GUESS\n"))
		data, err := r.ReadString('\n')
		if err != nil {
			return
		}
		guess, _ := strconv.Atoi(strings.TrimSpace(data))
		if guess < answer {
			s.Write([]byte("Low\n"))
		} else if guess > answer {
			s.Write([]byte("High\n"))
		} else {
			guessed = true
			break
		}
	}
	if guessed {
		s.Write([]byte("Correct\n"))
	}
}

func main() {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println("Guess Server listening ...")
	go guessServer(ln, 71)

	s, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		log.Fatal(err)
	}
	defer s.Close()
	r := bufio.NewReader(s)
	lo, hi, guess := 1, 100, 0
	correct := false
	for !correct {
		raw, err := r.ReadString('\n')
		if err != nil {
			log.Fatal(err)
		}
		fmt.Printf("Received %q\n", raw)
		switch code := strings.TrimSpace(raw); code {
		case "Low":
			fmt.Println("Your guess is too low.")
			lo = guess + 1
		case "High":
			fmt.Println("Your guess is too high.")
			hi = guess - 1
		case "GUESS":
			guess = (lo + hi) / 2
			fmt.Println("Enter guess (1-100):", guess)
			fmt.Fprintf(s, "%d\n", guess)
		case "Correct":
			fmt.Println("You guessed correct!")
			correct = true
		}
	}
}
