// difftest: same
package main

// The guessing game played from the keyboard: the server holds the number,
// the client reads each guess from standard input (here the stdin file,
// with a typo in it) and sends it; the server answers Low, High or
// Correct. The client stops when it wins or input runs out.

import (
	"bufio"
	"fmt"
	"net"
	"os"
	"strconv"
	"strings"
)

func main() {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	defer ln.Close()
	go func() {
		c, err := ln.Accept()
		if err != nil {
			return
		}
		defer c.Close()
		answer := 42
		sc := bufio.NewScanner(c)
		for sc.Scan() {
			guess, err := strconv.Atoi(sc.Text())
			switch {
			case err != nil:
				fmt.Fprintln(c, "Not a number")
			case guess < answer:
				fmt.Fprintln(c, "Low")
			case guess > answer:
				fmt.Fprintln(c, "High")
			default:
				fmt.Fprintln(c, "Correct")
				return
			}
		}
	}()

	s, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		panic(err)
	}
	defer s.Close()
	keyboard := bufio.NewReader(os.Stdin)
	server := bufio.NewReader(s)
	for {
		fmt.Print("Input your guess : ")
		guess, err := keyboard.ReadString('\n')
		if err != nil {
			fmt.Println("\nno more input")
			return
		}
		guess = strings.TrimSpace(guess)
		fmt.Println(guess)
		fmt.Fprintln(s, guess)
		reply, err := server.ReadString('\n')
		if err != nil {
			fmt.Println("server gone")
			return
		}
		reply = strings.TrimSpace(reply)
		if reply == "Correct" {
			fmt.Println("You won")
			return
		}
		fmt.Println(reply)
	}
}
