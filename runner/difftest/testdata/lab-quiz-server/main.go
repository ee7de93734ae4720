// difftest: same
package main

// A quiz over TCP: the server asks each question of its list in turn,
// checks the answer without regard to case or spaces, keeps the score, and
// ends with a percentage. Questions are a slice of structs; the player's
// answers are scripted.

import (
	"bufio"
	"fmt"
	"net"
	"strings"
)

type Question struct {
	Prompt string
	Answer string
}

var quiz = []Question{
	{"What port does HTTP use by default?", "80"},
	{"Which transport protocol is connectionless?", "UDP"},
	{"What does DNS stand for?", "domain name system"},
	{"How many bits are in an IPv4 address?", "32"},
	{"Which call waits for a client on a listening socket?", "accept"},
}

func host(conn net.Conn) {
	defer conn.Close()
	in := bufio.NewScanner(conn)
	score := 0
	for i, q := range quiz {
		fmt.Fprintf(conn, "Q%d/%d: %s\n", i+1, len(quiz), q.Prompt)
		if !in.Scan() {
			return
		}
		if strings.EqualFold(strings.TrimSpace(in.Text()), q.Answer) {
			score++
			fmt.Fprintln(conn, "Correct!")
		} else {
			fmt.Fprintf(conn, "Wrong, the answer is %s.\n", q.Answer)
		}
	}
	fmt.Fprintf(conn, "Score: %d/%d (%.0f%%)\n", score, len(quiz), float64(score)*100/float64(len(quiz)))
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
		host(conn)
	}()
	conn, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		panic(err)
	}
	answers := []string{"80", " udp ", "Domain Name Service", "32", "ACCEPT"}
	in := bufio.NewScanner(conn)
	for _, a := range answers {
		in.Scan()
		fmt.Println(in.Text())
		fmt.Println(">", a)
		fmt.Fprintln(conn, a)
		in.Scan()
		fmt.Println(in.Text())
	}
	for in.Scan() {
		fmt.Println(in.Text())
	}
}
