// difftest: same
// Sentinel errors whose values are the script's own struct values and
// pointers, compared with == and !=, in a switch and with errors.Is, as a
// protocol's replies are classified.
package main

import (
	"errors"
	"fmt"
	"io"
)

// replyErr is an error reply of the protocol: a code and its text.
type replyErr struct {
	code int
	text string
}

func (e replyErr) Error() string { return fmt.Sprintf("%d %s", e.code, e.text) }

// opErr says which operation met an error.
type opErr struct {
	op  string
	err error
}

func (e opErr) Error() string { return e.op + ": " + e.err.Error() }

// busyErr is a pointer sentinel.
type busyErr struct{ retry int }

func (e *busyErr) Error() string { return fmt.Sprint("busy, retry in ", e.retry) }

var (
	ErrNotFound error = replyErr{404, "not found"}
	ErrDenied   error = replyErr{403, "denied"}
	ErrBusy     error = &busyErr{3}
)

func reply(line string) error {
	switch line {
	case "404":
		return replyErr{404, "not found"}
	case "403":
		return ErrDenied
	case "busy":
		return ErrBusy
	case "eof":
		return io.EOF
	case "read":
		return opErr{"read", replyErr{404, "not found"}}
	}
	return nil
}

func classify(err error) string {
	switch err {
	case nil:
		return "ok"
	case ErrNotFound, ErrDenied:
		return "refused"
	case ErrBusy:
		return "later"
	case io.EOF:
		return "closed"
	}
	return "other"
}

func main() {
	for _, line := range []string{"ok", "404", "403", "busy", "eof", "read"} {
		err := reply(line)
		fmt.Println(line, err == ErrNotFound, err != ErrDenied, err == ErrBusy, err == io.EOF, classify(err))
		wrapped := fmt.Errorf("get %s: %w", line, err)
		fmt.Println(errors.Is(wrapped, ErrNotFound), errors.Is(wrapped, ErrBusy), errors.Is(wrapped, io.EOF))
	}
	var a, b error = opErr{"read", ErrNotFound}, reply("read")
	fmt.Println(a == b, a == error(opErr{"write", ErrNotFound}), errors.Is(fmt.Errorf("x: %w", b), a))
	switch reply("403") {
	case ErrNotFound:
		fmt.Println("not found")
	case ErrDenied:
		fmt.Println("denied")
	}
}
