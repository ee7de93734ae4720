// difftest: same
package main

// A describe(v any) helper, as a tutorial on interfaces writes one: it
// switches on case error and case fmt.Stringer over the program's own
// types (value and pointer receivers, a struct of no fields, a type whose
// pointer alone has the method) beside values of Go's library, and uses
// what the case gives it.

import (
	"errors"
	"fmt"
	"io"
	"net"
	"os"
)

type Timeout struct {
	Op      string
	Seconds int
}

func (t Timeout) Error() string { return fmt.Sprintf("%s timed out after %ds", t.Op, t.Seconds) }

type Point struct{ X, Y int }

func (p Point) String() string { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }

type Closed struct{}

func (Closed) Error() string { return "connection closed" }

type Counter struct{ N int }

func (c *Counter) String() string { return fmt.Sprintf("counter=%d", c.N) }
func (c *Counter) Inc()           { c.N++ }

func wrap[T any](v T) any { return v }

func describe(v any) string {
	switch x := v.(type) {
	case nil:
		return "nothing"
	case *net.OpError:
		return "network error during " + x.Op
	case error:
		if errors.Is(x, io.EOF) {
			return "end of input"
		}
		var t Timeout
		if errors.As(x, &t) {
			return fmt.Sprintf("timeout %q: %v (%T)", t.Op, x, x)
		}
		return fmt.Sprintf("error %s (%T), same as Closed{}: %v", x.Error(), x, x == Closed{})
	case fmt.Stringer:
		return fmt.Sprintf("stringer %s %+v %T", x.String(), x, x)
	default:
		return fmt.Sprintf("plain %v", x)
	}
}

func main() {
	c := &Counter{}
	c.Inc()
	things := []any{
		Timeout{"dial", 3},
		&Timeout{"read", 5},
		Point{1, 2},
		&Point{3, 4},
		Closed{},
		c,
		Counter{7}, // only *Counter has String
		io.EOF,
		&net.OpError{Op: "write", Net: "tcp", Err: os.ErrDeadlineExceeded},
		nil,
		42,
		wrap(Point{5, 6}),
		wrap(Timeout{"accept", 1}),
	}
	for i, t := range things {
		fmt.Println(i, describe(t))
	}
	for _, t := range things {
		_, isErr := t.(error)
		s, isStr := t.(fmt.Stringer)
		if isStr {
			fmt.Println(isErr, isStr, s.String())
		} else {
			fmt.Println(isErr, isStr)
		}
	}
}
