// difftest: same
package main

import (
	"errors"
	"fmt"
	"io"
	"strings"
)

// MyErr is the error of a failed step; its Error method reads no field,
// so Go calls it on a nil *MyErr too.
type MyErr struct{}

func (*MyErr) Error() string { return "step failed" }

// step returns a nil *MyErr as an error when it succeeds: the interface
// then holds a typed nil, and is not nil.
func step(fail bool) error {
	var p *MyErr
	if fail {
		p = &MyErr{}
	}
	return p
}

// fixed returns nil itself when it succeeds.
func fixed(fail bool) error {
	if fail {
		return &MyErr{}
	}
	return nil
}

// Sink counts what is written to it; a nil *Sink discards it.
type Sink struct{ n int }

func (s *Sink) Write(b []byte) (int, error) {
	if s != nil {
		s.n += len(b)
	}
	return len(b), nil
}

func main() {
	err := step(false)
	fmt.Println("why is my nil error not nil?", err != nil, err)
	var me *MyErr
	fmt.Println("it holds a nil *MyErr:", errors.As(err, &me), me == nil)
	fmt.Println("the fix:", fixed(false) == nil, fixed(true))
	var errs []error
	for i := range 3 {
		errs = append(errs, step(i == 1))
	}
	fmt.Println(errors.Join(errs...) != nil, len(errs))
	var s *Sink
	n, err := io.Copy(s, strings.NewReader("hello, world"))
	fmt.Println("copied to a nil *Sink:", n, err)
	s = &Sink{}
	n, _ = io.Copy(s, strings.NewReader("hello"))
	fmt.Println("copied:", n, s.n)
}
