// Package proto is the calculator lesson's protocol, shared by its server
// and its client: one request per line, "ADD 2 3", and one reply per line,
// "OK 5" or "ERR division by zero".
package proto

import (
	"fmt"
	"strconv"
	"strings"
)

// Request is one calculation to make.
type Request struct {
	Op   string // ADD, SUB, MUL or DIV
	A, B int
}

// ops maps the symbols a user types to the protocol's words.
var ops = map[string]string{"+": "ADD", "-": "SUB", "*": "MUL", "/": "DIV"}

// FromExpression reads what a user types, such as "2 + 3".
func FromExpression(s string) (Request, error) {
	f := strings.Fields(s)
	if len(f) != 3 || ops[f[1]] == "" {
		return Request{}, fmt.Errorf("write a number, one of + - * /, and a number, such as 2 + 3")
	}
	return parseArgs(ops[f[1]], f[0], f[2])
}

// Format writes r as a protocol line, without its newline.
func Format(r Request) string { return fmt.Sprintf("%s %d %d", r.Op, r.A, r.B) }

// Parse reads a protocol line.
func Parse(line string) (Request, error) {
	f := strings.Fields(line)
	if len(f) != 3 {
		return Request{}, fmt.Errorf("want OP A B, got %q", line)
	}
	return parseArgs(f[0], f[1], f[2])
}

func parseArgs(op, a, b string) (Request, error) {
	x, err := strconv.Atoi(a)
	if err != nil {
		return Request{}, fmt.Errorf("%q is not a whole number", a)
	}
	y, err := strconv.Atoi(b)
	if err != nil {
		return Request{}, fmt.Errorf("%q is not a whole number", b)
	}
	return Request{Op: op, A: x, B: y}, nil
}

// Answer computes r and returns the reply line.
func Answer(r Request) string {
	switch r.Op {
	case "ADD":
		return fmt.Sprintf("OK %d", r.A+r.B)
	case "SUB":
		return fmt.Sprintf("OK %d", r.A-r.B)
	case "MUL":
		return fmt.Sprintf("OK %d", r.A*r.B)
	case "DIV":
		if r.B == 0 {
			return "ERR division by zero"
		}
		return fmt.Sprintf("OK %d", r.A/r.B)
	}
	return "ERR unknown operation " + r.Op
}
