// difftest: same
package main

// A reverse Polish calculator server: each line is an expression such as
// "3 4 + 2 *"; the server answers with the value or an error. The stack is
// a generic type, and its errors wrap a sentinel the client tests with
// errors.Is after parsing the reply.

import (
	"bufio"
	"errors"
	"fmt"
	"net"
	"strconv"
	"strings"
)

var ErrUnderflow = errors.New("stack underflow")

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }

func (s *Stack[T]) Pop() (T, error) {
	var zero T
	if len(s.items) == 0 {
		return zero, ErrUnderflow
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, nil
}

func (s *Stack[T]) Len() int { return len(s.items) }

var ops = map[string]func(a, b float64) (float64, error){
	"+": func(a, b float64) (float64, error) { return a + b, nil },
	"-": func(a, b float64) (float64, error) { return a - b, nil },
	"*": func(a, b float64) (float64, error) { return a * b, nil },
	"/": func(a, b float64) (float64, error) {
		if b == 0 {
			return 0, errors.New("division by zero")
		}
		return a / b, nil
	},
}

func eval(expr string) (float64, error) {
	var st Stack[float64]
	for i, tok := range strings.Fields(expr) {
		op, isOp := ops[tok]
		if !isOp {
			v, err := strconv.ParseFloat(tok, 64)
			if err != nil {
				return 0, fmt.Errorf("token %d: %w", i+1, err)
			}
			st.Push(v)
			continue
		}
		b, err1 := st.Pop()
		a, err2 := st.Pop()
		if err := errors.Join(err1, err2); err != nil {
			return 0, fmt.Errorf("token %d (%s): %w", i+1, tok, ErrUnderflow)
		}
		r, err := op(a, b)
		if err != nil {
			return 0, fmt.Errorf("token %d: %w", i+1, err)
		}
		st.Push(r)
	}
	if st.Len() != 1 {
		return 0, fmt.Errorf("%d values left on the stack", st.Len())
	}
	v, _ := st.Pop()
	return v, nil
}

func main() {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	go func() {
		c, err := ln.Accept()
		if err != nil {
			return
		}
		defer c.Close()
		sc := bufio.NewScanner(c)
		for sc.Scan() {
			if v, err := eval(sc.Text()); err != nil {
				fmt.Fprintf(c, "ERR %v\n", err)
			} else {
				fmt.Fprintf(c, "OK %g\n", v)
			}
		}
	}()
	c, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		panic(err)
	}
	defer c.Close()
	r := bufio.NewReader(c)
	for _, e := range []string{"3 4 + 2 *", "1 2 3", "5 +", "10 0 /", "2 x *", "1.5 2.25 - 4 /"} {
		fmt.Fprintln(c, e)
		reply, _ := r.ReadString('\n')
		reply = strings.TrimSpace(reply)
		fmt.Printf("%-16q -> %s\n", e, reply)
		if msg, ok := strings.CutPrefix(reply, "ERR "); ok {
			err := fmt.Errorf("server: %s", msg)
			if strings.Contains(msg, ErrUnderflow.Error()) {
				err = fmt.Errorf("server: %w", ErrUnderflow)
			}
			fmt.Println("   underflow?", errors.Is(err, ErrUnderflow))
		}
	}
}
