// difftest: same
package main

import (
	"bufio"
	"errors"
	"fmt"
	"net"
	"strconv"
	"strings"
)

type Op rune

func (o Op) Apply(a, b int64) (int64, error) {
	switch o {
	case '+':
		return a + b, nil
	case '-':
		return a - b, nil
	case '*':
		return a * b, nil
	case '/':
		if b == 0 {
			return 0, ErrDivZero
		}
		return a / b, nil
	}
	return 0, &OpError{o}
}

type OpError struct{ Op Op }

func (e *OpError) Error() string { return fmt.Sprintf("unknown operator %q", rune(e.Op)) }

var ErrDivZero = errors.New("division by zero")

func eval(line string) (string, error) {
	f := strings.Fields(line)
	if len(f) != 3 {
		return "", fmt.Errorf("want 3 fields, got %d", len(f))
	}
	a, err := strconv.ParseInt(f[0], 10, 64)
	if err != nil {
		return "", fmt.Errorf("left operand: %w", err)
	}
	b, err := strconv.ParseInt(f[2], 0, 8)
	if err != nil {
		return "", fmt.Errorf("right operand: %w", err)
	}
	r, err := Op([]rune(f[1])[0]).Apply(a, b)
	if err != nil {
		return "", err
	}
	return strconv.FormatInt(r, 10), nil
}

func handle(c net.Conn) {
	defer c.Close()
	rw := bufio.NewReadWriter(bufio.NewReader(c), bufio.NewWriter(c))
	for {
		line, err := rw.ReadString('\n')
		if err != nil {
			return
		}
		res, err := eval(strings.TrimSpace(line))
		var ne *strconv.NumError
		var oe *OpError
		switch {
		case err == nil:
			fmt.Fprintf(rw, "= %s\n", res)
		case errors.As(err, &ne):
			fmt.Fprintf(rw, "! %s: func=%s num=%q syntax=%t range=%t\n", err, ne.Func, ne.Num, errors.Is(err, strconv.ErrSyntax), errors.Is(err, strconv.ErrRange))
		case errors.As(err, &oe):
			fmt.Fprintf(rw, "! op %c: %v\n", oe.Op, err)
		case errors.Is(err, ErrDivZero):
			fmt.Fprintln(rw, "! div0")
		default:
			fmt.Fprintf(rw, "! %v\n", err)
		}
		rw.Flush()
	}
}

func main() {
	ln, _ := net.Listen("tcp", "127.0.0.1:0")
	go func() {
		c, _ := ln.Accept()
		handle(c)
	}()
	c, _ := net.Dial("tcp", ln.Addr().String())
	r := bufio.NewReader(c)
	for _, q := range []string{"3 + 4", "10 / 0", "x * 2", "5 * 300", "7 % 2", "1 - 0x10", "2 +", "9223372036854775808 + 1", "6 / -4"} {
		fmt.Fprintln(c, q)
		ans, _ := r.ReadString('\n')
		fmt.Printf("%-25q %s", q, ans)
	}
	var a, b int
	var op string
	n, err := fmt.Sscanf("12 mod 5", "%d %s %d", &a, &op, &b)
	fmt.Println(n, err, a, op, b)
	n, err = fmt.Sscanf("12 x", "%d %d", &a, &b)
	fmt.Println(n, err)
	var word string
	var num float64
	n, err = fmt.Sscan("pi 3.14 extra", &word, &num)
	fmt.Println(n, err, word, num)
	c.Close()
}
