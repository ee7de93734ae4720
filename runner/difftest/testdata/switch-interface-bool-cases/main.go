// difftest: same
// A switch on a value of type any whose cases are comparisons (bool
// values), beside named constants of a Stringer type and error
// variables; a case of the same uncomparable type as the tag panics as
// Go panics.
package main

import (
	"errors"
	"fmt"
	"io"
)

type State int

const (
	Idle State = iota
	Busy
)

func (s State) String() string { return [...]string{"idle", "busy"}[s] }

var ErrBad = errors.New("bad")

func check(v any) (res string) {
	defer func() {
		if r := recover(); r != nil {
			res = fmt.Sprint("panic: ", r)
		}
	}()
	switch v {
	case Idle:
		return "idle"
	case Busy, io.EOF:
		return "busy or eof"
	case ErrBad:
		return "bad"
	case []int(nil) == nil:
		return "true"
	case len(fmt.Sprint(v)) > 3 && v != 5:
		return "long"
	}
	return "none"
}

func main() {
	fmt.Println(check(Idle), check(Busy), check(0), check(io.EOF), check(ErrBad), check(true), check(nil), check(false), check(12345))
	var a, b any = []int{1}, []int{1}
	fmt.Println(check2(a, b))
	var s fmt.Stringer = Busy
	fmt.Println(s == Busy, s == Idle, s != nil)
	switch s {
	case Idle:
		fmt.Println("s idle")
	case Busy:
		fmt.Println("s busy")
	}
}

func check2(a, b any) (res string) {
	defer func() {
		if r := recover(); r != nil {
			res = fmt.Sprint("panic: ", r)
		}
	}()
	switch a {
	case 1:
		return "one"
	case b:
		return "b"
	}
	return "none"
}
