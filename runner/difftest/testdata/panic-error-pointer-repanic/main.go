// difftest: same
// stderr: panic
package main

// A custom error type behind a pointer is panicked deep in a parser,
// recovered into a named result, wrapped with %w and panicked again by
// main; Go prints the Error text of the wrapped value and exits 2.

import (
	"errors"
	"fmt"
)

type ParseError struct {
	Line int
	Msg  string
}

func (e *ParseError) Error() string { return fmt.Sprintf("line %d: %s", e.Line, e.Msg) }

func parseLines(lines []string) map[string]string {
	kv := map[string]string{}
	for i, l := range lines {
		k, v, ok := cutEq(l)
		if !ok {
			panic(&ParseError{Line: i + 1, Msg: fmt.Sprintf("no '=' in %q", l)})
		}
		kv[k] = v
	}
	return kv
}

func cutEq(s string) (string, string, bool) {
	for i := range len(s) {
		if s[i] == '=' {
			return s[:i], s[i+1:], true
		}
	}
	return "", "", false
}

func parse(lines []string) (kv map[string]string, err error) {
	defer func() {
		if v := recover(); v != nil {
			e, ok := v.(error)
			if !ok {
				panic(v)
			}
			err = e
		}
	}()
	return parseLines(lines), nil
}

func main() {
	kv, err := parse([]string{"a=1", "b=2"})
	fmt.Println(kv, err)
	_, err = parse([]string{"a=1", "b=2", "oops", "c=3"})
	var pe *ParseError
	fmt.Println(err, errors.As(err, &pe), pe.Line, pe.Msg)
	defer fmt.Println("main's deferred print")
	panic(fmt.Errorf("config: %w", err))
}
