// difftest: same
package main

// Assignment 6, Scissors-Paper-Stone, a symmetrical game: both players send
// their move at once and each works out the result itself. A Move is a
// small type with a String method and a Beats method.

import (
	"bufio"
	"fmt"
	"net"
	"strings"
	"sync"
)

type Move int

const (
	Scissors Move = iota
	Paper
	Stone
)

var names = map[string]Move{"scissors": Scissors, "paper": Paper, "stone": Stone}

func (m Move) String() string {
	return [...]string{"Scissors", "Paper", "Stone"}[m]
}

func (m Move) Beats(other Move) bool {
	return (m == Scissors && other == Paper) ||
		(m == Paper && other == Stone) ||
		(m == Stone && other == Scissors)
}

func parse(s string) (Move, error) {
	m, ok := names[strings.ToLower(strings.TrimSpace(s))]
	if !ok {
		return 0, fmt.Errorf("unknown move %q", s)
	}
	return m, nil
}

func player(name string, conn net.Conn, moves []string, results []string, wg *sync.WaitGroup) {
	defer wg.Done()
	r := bufio.NewReader(conn)
	for i, mv := range moves {
		fmt.Fprintln(conn, mv)
		line, err := r.ReadString('\n')
		if err != nil {
			results[i] = name + ": peer gone"
			return
		}
		mine, _ := parse(mv)
		theirs, err := parse(line)
		switch {
		case err != nil:
			results[i] = fmt.Sprintf("%s: %v", name, err)
		case mine == theirs:
			results[i] = fmt.Sprintf("%s: %v vs %v, a draw", name, mine, theirs)
		case mine.Beats(theirs):
			results[i] = fmt.Sprintf("%s: %v vs %v, I win", name, mine, theirs)
		default:
			results[i] = fmt.Sprintf("%s: %v vs %v, I lose", name, mine, theirs)
		}
	}
}

func main() {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	defer ln.Close()
	accepted := make(chan net.Conn)
	go func() {
		c, _ := ln.Accept()
		accepted <- c
	}()
	a, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		panic(err)
	}
	b := <-accepted
	p1 := []string{"stone", "Paper", "scissors", "paper"}
	p2 := []string{"scissors", "paper", "stone", "rock"}
	r1 := make([]string, len(p1))
	r2 := make([]string, len(p2))
	var wg sync.WaitGroup
	wg.Add(2)
	go player("A", a, p1, r1, &wg)
	go player("B", b, p2, r2, &wg)
	wg.Wait()
	for i := range r1 {
		fmt.Println(r1[i])
		fmt.Println(r2[i])
	}
	fmt.Printf("%v %d %s\n", Stone, Stone, []Move{Paper, Scissors})
}
