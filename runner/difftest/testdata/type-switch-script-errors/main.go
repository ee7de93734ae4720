// difftest: same
// A type switch on an error that tells the script's own error types
// apart from Go's, as a client sorts what a server's reply meant.
package main

import (
	"errors"
	"fmt"
	"io"
	"net"
	"os"
)

// TooBig says a message was longer than the limit.
type TooBig struct{ Size, Limit int }

func (e *TooBig) Error() string { return fmt.Sprintf("%d bytes, over %d", e.Size, e.Limit) }

// Refused is a reply that refuses, an error by value as well.
type Refused struct{ Why string }

func (r Refused) Error() string { return "refused: " + r.Why }

func read(n int) error {
	switch n {
	case 0:
		return nil
	case 1:
		return &TooBig{70000, 65536}
	case 2:
		return &Refused{"busy"}
	case 3:
		return io.EOF
	case 4:
		return &net.OpError{Op: "read", Net: "tcp", Err: os.ErrDeadlineExceeded}
	case 5:
		return fmt.Errorf("frame: %w", &TooBig{1, 0})
	}
	return errors.New("other")
}

func kind(err error) string {
	switch e := err.(type) {
	case nil:
		return "ok"
	case *TooBig:
		return fmt.Sprint("too big by ", e.Size-e.Limit)
	case *Refused, *net.OpError:
		return fmt.Sprintf("no: %v", e)
	default:
		if err == io.EOF {
			return "closed"
		}
		return "other: " + e.Error()
	}
}

func main() {
	for i := 0; i < 7; i++ {
		err := read(i)
		fmt.Println(i, kind(err))
		switch err.(type) {
		case *TooBig:
			fmt.Println("  limit")
		case *Refused:
			fmt.Println("  retry")
		}
		if tb, ok := err.(*TooBig); ok {
			fmt.Println("  assert", tb.Limit)
		}
	}
}
