// difftest: same
// Errors with a Format method, as packages that print a detail under %+v
// write them: wrapped by %w, joined, held as error and printed with %+v.
package main

import (
	"errors"
	"fmt"
)

type StackErr struct {
	Msg   string
	Frame string
}

func (s *StackErr) Error() string { return s.Msg }

func (s *StackErr) Format(f fmt.State, verb rune) {
	if verb == 'v' && f.Flag('+') {
		fmt.Fprintf(f, "%s\n\tat %s", s.Msg, s.Frame)
		return
	}
	fmt.Fprint(f, s.Msg)
}

type Money int

func (m Money) Format(f fmt.State, verb rune) { fmt.Fprintf(f, "$%d.%02d", int(m)/100, int(m)%100) }

func load() error { return &StackErr{"read config", "main.load:12"} }

func main() {
	err := load()
	fmt.Printf("%v|%s\n%+v\n", err, err, err)
	w := fmt.Errorf("startup: %w", err)
	fmt.Printf("%v\n%+v\n", w, w)
	var se *StackErr
	fmt.Println(errors.As(w, &se), se.Frame, errors.Is(w, err))
	j := errors.Join(err, errors.New("other"))
	fmt.Println(j)
	fmt.Println(Money(1234), []Money{5, 100})
	fmt.Printf("%v %d %s\n", Money(7), Money(7), Money(7))
	fmt.Println(fmt.Sprintf("%+v", []error{err, w}))
	e2 := fmt.Errorf("%w + %w", err, &StackErr{"b", "f"})
	fmt.Println(e2, errors.Unwrap(e2) == nil)
}
