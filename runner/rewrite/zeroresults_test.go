package rewrite_test

func init() {
	programs = append(programs,
		program{"zeroresults", `package main

import (
	"errors"
	"fmt"
	"strconv"
)

func parse(s string) (n int, err error) {
	if n, err := strconv.Atoi(s); err == nil {
		return n * 2, nil
	}
	if s == "" {
		err = errors.New("empty")
		return
	}
	return n, fmt.Errorf("bad %q", s)
}

func pair[T any](v T, ok bool) (got T, found bool) {
	if ok {
		return v, true
	}
	return
}

func main() {
	for _, s := range []string{"21", "", "4", "z"} {
		n, err := parse(s)
		fmt.Println(n, err)
	}
	for _, ok := range []bool{true, false} {
		fmt.Println(pair("x", ok))
	}
	f := func(b bool) (s []int) {
		if b {
			s = append(s, 1)
		}
		return
	}
	fmt.Println(f(true), f(false), f(false) == nil)
}
`},
	)
}
