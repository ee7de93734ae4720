// difftest: same
package main

// A recursive-descent parser for sums and products that gives up with
// panic(&SyntaxError{...}) deep inside and recovers once at the top, as
// go/parser and text/template do: Parse wraps the recovered error with
// %w, and the caller finds it again with errors.As, prints it with %v and
// %T, and tells it from the parser's own bailout, a struct of no fields
// with an Error method.

import (
	"errors"
	"fmt"
	"strings"
)

// SyntaxError says where the input stopped making sense.
type SyntaxError struct {
	Pos  int
	Want string
}

func (e *SyntaxError) Error() string {
	return fmt.Sprintf("at %d: want %s", e.Pos, e.Want)
}

// tooLong stops the parser on an input it will not read.
type tooLong struct{}

func (tooLong) Error() string { return "input too long" }

type parser struct {
	toks []string
	pos  int
}

func (p *parser) next() string {
	if p.pos >= len(p.toks) {
		panic(&SyntaxError{p.pos, "a number"})
	}
	t := p.toks[p.pos]
	p.pos++
	return t
}

func (p *parser) number() int {
	t := p.next()
	n := 0
	for _, c := range t {
		if c < '0' || c > '9' {
			panic(&SyntaxError{p.pos - 1, "a number, not " + t})
		}
		n = n*10 + int(c-'0')
	}
	return n
}

func (p *parser) product() int {
	v := p.number()
	for p.pos < len(p.toks) && p.toks[p.pos] == "*" {
		p.pos++
		v *= p.number()
	}
	return v
}

func (p *parser) sum() int {
	v := p.product()
	for p.pos < len(p.toks) && p.toks[p.pos] == "+" {
		p.pos++
		v += p.product()
	}
	return v
}

// Parse evaluates src, turning the parser's panics into an error.
func Parse(src string) (v int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("parse %q: %w", src, r)
		}
	}()
	toks := strings.Fields(src)
	if len(toks) > 9 {
		panic(tooLong{})
	}
	p := &parser{toks: toks}
	v = p.sum()
	if p.pos != len(toks) {
		panic(&SyntaxError{p.pos, "+ or *"})
	}
	return v, nil
}

func main() {
	inputs := []string{"1 + 2 * 3", "4 * x", "2 +", "1 2", "1 + 1 + 1 + 1 + 1 + 1"}
	for _, in := range inputs {
		v, err := Parse(in)
		var se *SyntaxError
		switch {
		case err == nil:
			fmt.Println(in, "=", v)
		case errors.As(err, &se):
			fmt.Printf("%v (%T at %d)\n", err, errors.Unwrap(err), se.Pos)
		case errors.Is(err, tooLong{}):
			fmt.Println("skipped:", err)
		default:
			fmt.Println("other:", err)
		}
	}
}
