// difftest: same
package main

// The classic trap: a nil *ProtoError returned as an error is not nil.
// Errors sent over a channel from a goroutine are told apart by %T,
// which calls no Error method, so the nil pointer's is never run.

import (
	"fmt"
	"net"
)

type ProtoError struct {
	Line int
	Msg  string
}

func (e *ProtoError) Error() string { return fmt.Sprintf("line %d: %s", e.Line, e.Msg) }

func check(line string, n int) *ProtoError {
	if line == "" {
		return &ProtoError{n, "empty"}
	}
	return nil
}

func validate(lines []string) error {
	var perr *ProtoError
	for i, l := range lines {
		if e := check(l, i+1); e != nil {
			perr = e
		}
	}
	return perr // typed nil when nothing failed
}

func validateOK(lines []string) error {
	for i, l := range lines {
		if e := check(l, i+1); e != nil {
			return e
		}
	}
	return nil
}

func main() {
	errs := make(chan error, 4)
	ln, _ := net.Listen("tcp", "127.0.0.1:0")
	ln.Close()
	go func() {
		errs <- validate([]string{"a", "b"})
		errs <- validate([]string{"a", ""})
		errs <- validateOK([]string{"a"})
		_, err := net.Dial("tcp", ln.Addr().String())
		errs <- err
	}()
	for i := 0; i < 4; i++ {
		err := <-errs
		fmt.Printf("%d nil=%v %T\n", i, err == nil, err)
	}
}
