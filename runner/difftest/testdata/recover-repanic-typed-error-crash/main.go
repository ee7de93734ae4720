// difftest: same

package main

// A recover that panics again with an error type of the program's own,
// caught one level up and returned as an error, errors.As of it, and
// then an index out of range that ends the program after main's
// deferred call.

import (
	"errors"
	"fmt"
	"os"
	"strconv"
)

type parseErr struct {
	line int
	msg  string
}

func (e parseErr) Error() string { return "line " + strconv.Itoa(e.line) + ": " + e.msg }

func parse(s string, line int) (n int) {
	defer func() {
		if r := recover(); r != nil {
			if e, ok := r.(error); ok && errors.Is(e, strconv.ErrSyntax) {
				panic(parseErr{line, "not a number"})
			}
			panic(r)
		}
	}()
	v, err := strconv.Atoi(s)
	if err != nil {
		panic(err)
	}
	return v
}

func safe(s string, line int) (n int, err error) {
	defer func() {
		if r := recover(); r != nil {
			pe, ok := r.(parseErr)
			if !ok {
				panic(r)
			}
			err = pe
		}
	}()
	return parse(s, line), nil
}

func main() {
	for i, s := range []string{"12", "x3", "7"} {
		n, err := safe(s, i+1)
		fmt.Println(n, err)
	}
	var pe parseErr
	_, err := safe("?", 9)
	fmt.Println(errors.As(err, &pe), pe.line)
	defer fmt.Println("deferred in main runs before the crash report")
	var arr []int
	idx := len(os.Args) + 2
	fmt.Println(arr[idx])
}
