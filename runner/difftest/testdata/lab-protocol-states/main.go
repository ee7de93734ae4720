// difftest: same
package main

// A protocol as a state machine: the server accepts HELO only first, then
// AUTH, then any number of GET, then QUIT; a command out of order gets
// "503 bad sequence" and the state stays. The state is a type with a
// String method, printed in every reply.

import (
	"bufio"
	"fmt"
	"net"
	"strings"
)

type State int

const (
	Start State = iota
	Greeted
	Authed
	Done
)

func (s State) String() string {
	switch s {
	case Start:
		return "START"
	case Greeted:
		return "GREETED"
	case Authed:
		return "AUTHED"
	case Done:
		return "DONE"
	}
	return fmt.Sprintf("State(%d)", int(s))
}

var allowed = map[State]map[string]State{
	Start:   {"HELO": Greeted},
	Greeted: {"AUTH": Authed, "QUIT": Done},
	Authed:  {"GET": Authed, "QUIT": Done},
}

func session(c net.Conn) {
	defer c.Close()
	state := Start
	sc := bufio.NewScanner(c)
	for state != Done && sc.Scan() {
		verb := strings.ToUpper(strings.Fields(sc.Text() + " ")[0])
		next, ok := allowed[state][verb]
		if !ok {
			fmt.Fprintf(c, "503 bad sequence: %s in %v\n", verb, state)
			continue
		}
		fmt.Fprintf(c, "250 %v -> %v\n", state, next)
		state = next
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
			session(c)
		}
	}()
	c, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		panic(err)
	}
	defer c.Close()
	r := bufio.NewReader(c)
	for _, cmd := range []string{"GET /", "helo me", "HELO again", "AUTH secret", "get /a", "GET /b", "QUIT", "GET /late"} {
		fmt.Fprintln(c, cmd)
		reply, err := r.ReadString('\n')
		if err != nil {
			fmt.Printf("%-12s (connection closed)\n", cmd) // EOF, or a reset where the line came after the close
			break
		}
		fmt.Printf("%-12s %s", cmd, reply)
	}
	fmt.Println(Done, State(7), []State{Start, Authed})
}
