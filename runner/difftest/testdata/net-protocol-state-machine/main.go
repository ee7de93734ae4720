// difftest: same
package main

// A line protocol's dialogue as a state machine of an iota type with a
// String method, which a deferred closure traces at each step.

import (
	"bufio"
	"fmt"
	"net"
	"strings"
)

type State int

const (
	Idle State = iota
	Greeted
	InData
	Done
)

func (s State) String() string {
	switch s {
	case Idle:
		return "IDLE"
	case Greeted:
		return "GREETED"
	case InData:
		return "DATA"
	case Done:
		return "DONE"
	}
	return fmt.Sprintf("State(%d)", int(s))
}

type dialogue struct {
	state State
	lines []string
	trace []string
}

func (s *dialogue) step(line string) (reply string) {
	prev := s.state
	defer func() { s.trace = append(s.trace, fmt.Sprintf("%v -%q-> %v", prev, line, s.state)) }()
	switch s.state {
	case Idle:
		if strings.HasPrefix(line, "HELO") {
			s.state = Greeted
			return "250 hi"
		}
		return "503 say HELO"
	case Greeted:
		if line == "DATA" {
			s.state = InData
			return "354 go on"
		}
		if line == "QUIT" {
			s.state = Done
			return "221 bye"
		}
		return "500 ?"
	case InData:
		if line == "." {
			s.state = Greeted
			return fmt.Sprintf("250 got %d lines", len(s.lines))
		}
		s.lines = append(s.lines, line)
		return ""
	}
	return "421 closing"
}

func main() {
	ln, _ := net.Listen("tcp", "127.0.0.1:0")
	defer ln.Close()
	traced := make(chan []string)
	go func() {
		c, err := ln.Accept()
		if err != nil {
			return
		}
		defer c.Close()
		s := &dialogue{}
		sc := bufio.NewScanner(c)
		for s.state != Done && sc.Scan() {
			if r := s.step(sc.Text()); r != "" {
				fmt.Fprintln(c, r)
			}
		}
		traced <- s.trace
	}()
	c, _ := net.Dial("tcp", ln.Addr().String())
	r := bufio.NewReader(c)
	script := []string{"DATA", "HELO me", "DATA", "line 1", "line 2", ".", "NOOP", "QUIT"}
	for _, l := range script {
		fmt.Fprintln(c, l)
		if l == "line 1" || l == "line 2" {
			continue
		}
		reply, _ := r.ReadString('\n')
		fmt.Printf("C: %-8s S: %s", l, reply)
	}
	for _, t := range <-traced {
		fmt.Println(t)
	}
	fmt.Println(State(7), []State{Idle, Done})
	fmt.Printf("%v %d %s %q\n", InData, InData, InData, InData)
	c.Close()
}
