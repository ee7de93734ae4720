// difftest: same
package main

// errors.As into a variable of an interface the script names, down the
// chain of wrapped errors of Go's library: the target takes the first
// error with the methods, as a Go build's does.

import (
	"errors"
	"fmt"
	"net"
	"os"
)

type temporary interface {
	Temporary() bool
}

type timeoutError interface {
	Error() string
	Timeout() bool
}

func classify(err error) string {
	var tmp temporary
	if errors.As(err, &tmp) {
		return fmt.Sprint("temporary ", tmp.Temporary())
	}
	var te timeoutError
	if errors.As(err, &te) {
		return fmt.Sprint("timeout ", te.Timeout(), " ", te.Error())
	}
	return "neither"
}

func main() {
	errs := []error{
		fmt.Errorf("dial: %w", net.UnknownNetworkError("tcp9")),
		fmt.Errorf("read: %w", os.ErrDeadlineExceeded),
		fmt.Errorf("join: %w", errors.Join(errors.New("plain"), &net.DNSError{Err: "no such host", Name: "example.invalid", IsTimeout: true})),
		errors.New("plain"),
		nil,
	}
	for _, err := range errs {
		fmt.Println(classify(err))
	}
}
