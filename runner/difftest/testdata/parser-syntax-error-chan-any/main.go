// difftest: same
package main

// A tiny parser of "key=value" lines that reports its errors as values of
// a struct type, SyntaxError, with a value Error method. A worker hands
// its results back on a chan any; the caller asserts each to SyntaxError
// and to error, and a report switches on them with case error and case
// fmt.Stringer, as a tutorial on error types does.

import (
	"errors"
	"fmt"
	"strings"
)

type SyntaxError struct {
	Line int
	Msg  string
}

func (e SyntaxError) Error() string { return fmt.Sprintf("line %d: %s", e.Line, e.Msg) }

type Pair struct{ Key, Value string }

func (p Pair) String() string { return p.Key + " -> " + p.Value }

var ErrEmpty = errors.New("empty input")

func parseLine(n int, line string) (Pair, error) {
	if strings.TrimSpace(line) == "" {
		return Pair{}, ErrEmpty
	}
	k, v, ok := strings.Cut(line, "=")
	if !ok {
		return Pair{}, SyntaxError{n, "missing '='"}
	}
	if k == "" {
		return Pair{}, SyntaxError{n, "empty key"}
	}
	return Pair{k, v}, nil
}

func worker(lines []string, out chan<- any) {
	for i, l := range lines {
		p, err := parseLine(i+1, l)
		if err != nil {
			out <- err
			continue
		}
		out <- p
	}
	close(out)
}

func main() {
	lines := []string{"host=localhost", "port", "=80", "", "mode=echo"}
	results := make(chan any)
	go worker(lines, results)
	var all []any
	for r := range results {
		all = append(all, r)
		if se, ok := r.(SyntaxError); ok {
			fmt.Printf("syntax error on line %d: %s\n", se.Line, se.Msg)
		} else if err, ok := r.(error); ok {
			fmt.Println("other error:", err)
		}
	}
	var errs, pairs int
	for _, r := range all {
		switch v := r.(type) {
		case error:
			errs++
			var se SyntaxError
			if errors.As(v, &se) {
				fmt.Printf("error %v (line %d)\n", v, se.Line)
			} else {
				fmt.Println("error:", v, errors.Is(v, ErrEmpty))
			}
		case fmt.Stringer:
			pairs++
			fmt.Println("pair:", v.String())
		default:
			fmt.Println("unexpected", v)
		}
	}
	fmt.Println(pairs, "pairs,", errs, "errors")
}
