// difftest: same
package main

// A calculator server read with fmt.Fscan: the client sends "3 + 4"
// expressions, the server scans an operand, an operator and an operand
// from its bufio.Reader and answers; division by zero and bad operators
// get an error line. Answers are printed with %g and %.2f.

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"net"
)

var ErrDivZero = errors.New("division by zero")

func calc(a float64, op string, b float64) (float64, error) {
	switch op {
	case "+":
		return a + b, nil
	case "-":
		return a - b, nil
	case "*", "x":
		return a * b, nil
	case "/":
		if b == 0 {
			return 0, ErrDivZero
		}
		return a / b, nil
	}
	return 0, fmt.Errorf("unknown operator %q", op)
}

func server(conn net.Conn) {
	defer conn.Close()
	r := bufio.NewReader(conn)
	for {
		var a, b float64
		var op string
		n, err := fmt.Fscan(r, &a, &op, &b)
		if err == io.EOF {
			return
		}
		if err != nil {
			fmt.Fprintf(conn, "ERROR after %d items: %v\n", n, err)
			r.ReadString('\n')
			continue
		}
		v, err := calc(a, op, b)
		if err != nil {
			fmt.Fprintln(conn, "ERROR", err)
			continue
		}
		fmt.Fprintf(conn, "%g %s %g = %g (%.2f)\n", a, op, b, v, v)
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
			server(c)
		}
	}()
	c, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		panic(err)
	}
	defer c.Close()
	r := bufio.NewReader(c)
	for _, expr := range []string{"3 + 4", "10 / 4", "2.5 x 4", "1 / 0", "7 % 2", "1e3 - 0.5", "abc + 1"} {
		fmt.Fprintln(c, expr)
		line, _ := r.ReadString('\n')
		fmt.Printf("%-10s -> %s", expr, line)
	}
}
