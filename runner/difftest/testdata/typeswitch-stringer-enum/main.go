// difftest: same
package main

// A server's status log: an iota enum with a String method, a temperature
// type with one, and a describe function that switches on fmt.Stringer
// and asserts fmt.Stringer and error, as tutorials write it.

import (
	"errors"
	"fmt"
)

type State int

const (
	Idle State = iota
	Listening
	Closed
)

func (s State) String() string {
	switch s {
	case Idle:
		return "idle"
	case Listening:
		return "listening"
	}
	return fmt.Sprintf("State(%d)", int(s))
}

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

func describe(v any) string {
	switch x := v.(type) {
	case nil:
		return "nothing"
	case error:
		return "error: " + x.Error()
	case fmt.Stringer:
		return "stringer: " + x.String()
	case int, int64:
		return fmt.Sprintf("number %v", x)
	}
	return fmt.Sprintf("%T %v", v, v)
}

func main() {
	c := Celsius(36.6)
	events := []any{Idle, Listening, State(7), c, &c, 42, "text", errors.New("port in use"), nil}
	for i, e := range events {
		fmt.Println(i, describe(e))
	}
	var v any = Closed
	if s, ok := v.(fmt.Stringer); ok {
		fmt.Println("status is", s)
	}
	if _, ok := v.(error); !ok {
		fmt.Println("a state is not an error")
	}
}
