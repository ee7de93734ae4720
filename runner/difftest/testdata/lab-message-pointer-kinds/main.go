// difftest: same

package main

import (
	"errors"
	"fmt"
	"io"
	"strings"
)

type Message interface {
	Kind() string
}

type Join struct{ Name string }
type Leave struct {
	Name   string
	Reason string
}
type Text struct {
	From, Body string
	seq        int
}

func (j *Join) Kind() string  { return "join" }
func (l *Leave) Kind() string { return "leave" }
func (t *Text) Kind() string  { return "text" }
func (t *Text) Seq() int      { return t.seq }

type Sequenced interface {
	Message
	Seq() int
}

func parse(line string) (Message, error) {
	f := strings.SplitN(line, " ", 3)
	switch f[0] {
	case "JOIN":
		return &Join{f[1]}, nil
	case "LEAVE":
		l := &Leave{Name: f[1]}
		if len(f) > 2 {
			l.Reason = f[2]
		}
		return l, nil
	case "MSG":
		if len(f) < 3 {
			return nil, fmt.Errorf("parse %q: %w", line, io.ErrUnexpectedEOF)
		}
		return &Text{f[1], f[2], len(line)}, nil
	}
	return nil, errors.New("unknown command " + f[0])
}

func main() {
	var history []Message
	for _, l := range []string{"JOIN ann", "MSG ann hello all", "MSG bob", "LEAVE ann bye now", "PING", "JOIN bob"} {
		m, err := parse(l)
		if err != nil {
			fmt.Println("error:", err, errors.Is(err, io.ErrUnexpectedEOF))
			continue
		}
		history = append(history, m)
	}
	for i, m := range history {
		switch v := m.(type) {
		case *Join:
			fmt.Println(i, "join", v.Name)
		case *Leave:
			fmt.Printf("%d leave %s (%s)\n", i, v.Name, v.Reason)
		case *Text:
			fmt.Println(i, v.Kind(), v.Seq())
		}
		fmt.Printf("  %v %+v %s\n", m, m, m.Kind())
	}
	var m Message
	fmt.Println(m == nil)
	m = history[0]
	fmt.Println(m != nil, m.(*Join).Name)
	var last any = history[len(history)-1]
	if j, ok := last.(*Join); ok {
		fmt.Println("last join", j.Name)
	}
}
