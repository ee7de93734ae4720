// difftest: same
package main

// A chat protocol with message types: each line parses into a Join, Say or
// Leave (types implementing one Message interface), the server acts on
// them with a type switch, and a parse error names the bad line.

import (
	"bufio"
	"errors"
	"fmt"
	"net"
	"strings"
)

type Message interface {
	Who() string
}

type Join struct{ Name string }
type Say struct {
	Name, Text string
}
type Leave struct {
	Name   string
	Reason string
}

func (j Join) Who() string   { return j.Name }
func (s Say) Who() string    { return s.Name }
func (l *Leave) Who() string { return l.Name }

func (s Say) String() string { return s.Name + " says " + s.Text }

type ParseError struct {
	Line string
	Err  error
}

func (e *ParseError) Error() string { return fmt.Sprintf("bad line %q: %v", e.Line, e.Err) }
func (e *ParseError) Unwrap() error { return e.Err }

var errUnknown = errors.New("unknown verb")

func parse(line string) (Message, error) {
	verb, rest, _ := strings.Cut(line, " ")
	switch verb {
	case "JOIN":
		return Join{rest}, nil
	case "SAY":
		name, text, ok := strings.Cut(rest, " ")
		if !ok {
			return nil, &ParseError{line, errors.New("nothing to say")}
		}
		return Say{name, text}, nil
	case "LEAVE":
		name, reason, _ := strings.Cut(rest, " ")
		return &Leave{name, reason}, nil
	}
	return nil, &ParseError{line, errUnknown}
}

func handle(conn net.Conn) {
	defer conn.Close()
	present := map[string]bool{}
	sc := bufio.NewScanner(conn)
	for sc.Scan() {
		msg, err := parse(sc.Text())
		if err != nil {
			var pe *ParseError
			if errors.As(err, &pe) && errors.Is(err, errUnknown) {
				fmt.Fprintf(conn, "ERR unknown: %s\n", pe.Line)
			} else {
				fmt.Fprintf(conn, "ERR %v\n", err)
			}
			continue
		}
		switch m := msg.(type) {
		case Join:
			present[m.Name] = true
			fmt.Fprintf(conn, "%s joined (%d here)\n", m.Name, len(present))
		case Say:
			if !present[m.Who()] {
				fmt.Fprintf(conn, "%s is not here\n", m.Who())
				continue
			}
			fmt.Fprintln(conn, m)
		case *Leave:
			delete(present, m.Name)
			fmt.Fprintf(conn, "%s left: %+v\n", m.Who(), *m)
		default:
			fmt.Fprintf(conn, "unexpected %T\n", m)
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
		c, err := ln.Accept()
		if err == nil {
			handle(c)
		}
	}()
	c, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		panic(err)
	}
	r := bufio.NewReader(c)
	for _, line := range []string{"JOIN ann", "SAY ann hello", "SAY bob hi", "SAY ann", "SHOUT x", "JOIN bob", "LEAVE ann tired", "SAY bob bye"} {
		fmt.Fprintln(c, line)
		reply, err := r.ReadString('\n')
		if err != nil {
			fmt.Println(err)
			break
		}
		fmt.Printf("%-16s => %s", line, reply)
	}
	c.Close()
	m, _ := parse("SAY cat meow")
	fmt.Printf("%v %T %+v\n", m, m, m)
	m, _ = parse("LEAVE dan")
	fmt.Printf("%T %+v\n", m, m)
}
