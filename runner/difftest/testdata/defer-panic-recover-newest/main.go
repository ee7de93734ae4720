// difftest: same
package main

import (
	"errors"
	"fmt"
	"strconv"
)

var errBad = errors.New("bad input")

func parse(s string) (n int, err error) {
	defer func() {
		if r := recover(); r != nil {
			if e, ok := r.(error); ok {
				err = fmt.Errorf("recovered error: %w", e)
				return
			}
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	defer fmt.Println("parsed", s)
	defer func() {
		if s == "bad" {
			panic(errBad)
		}
	}()
	defer func() {
		if s == "idx" {
			a := []int{1, 2, 3}
			i := len(s) + 2
			fmt.Println(a[i])
		}
	}()
	if s == "twice" {
		defer func() { panic("second") }()
		panic("first")
	}
	n, err = strconv.Atoi(s)
	return n * 2, err
}

func main() {
	for _, s := range []string{"21", "bad", "idx", "twice", "x"} {
		n, err := parse(s)
		fmt.Println(n, err, errors.Is(err, errBad))
	}
}
