// difftest: same
package main

import (
	"errors"
	"fmt"
	"strconv"
)

type ParseError struct {
	Line int
	Msg  string
}

func (e *ParseError) Error() string { return "line " + strconv.Itoa(e.Line) + ": " + e.Msg }

var ErrEmpty = errors.New("empty input")

func parse(s string, line int) (int, error) {
	if s == "" {
		return 0, ErrEmpty
	}
	n, err := strconv.Atoi(s)
	if err != nil {
		return 0, &ParseError{line, err.Error()}
	}
	return n, nil
}

func main() {
	for i, s := range []string{"12", "", "x1"} {
		n, err := parse(s, i+1)
		if err != nil {
			fmt.Println("error:", err)
			fmt.Printf("%v|%s\n", err, err)
			continue
		}
		fmt.Println("value:", n)
	}
	err := fmt.Errorf("reading config: %w", &ParseError{7, "bad"})
	fmt.Println(err)
	_, err = strconv.Atoi("nope")
	fmt.Println(err)
}
