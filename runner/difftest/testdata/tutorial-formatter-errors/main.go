// difftest: same
package main

import (
	"errors"
	"fmt"
	"io"
	"net"
	"os"
	"strings"
)

type Addr struct {
	Host string
	Port int
}

func (a Addr) Format(f fmt.State, verb rune) {
	switch verb {
	case 'v':
		if f.Flag('+') {
			fmt.Fprintf(f, "Addr{host=%s port=%d}", a.Host, a.Port)
			return
		}
		fallthrough
	case 's':
		io.WriteString(f, net.JoinHostPort(a.Host, fmt.Sprint(a.Port)))
	case 'd':
		w, ok := f.Width()
		fmt.Fprintf(f, "%d(w=%d,%t)", a.Port, w, ok)
	default:
		fmt.Fprintf(f, "%%!%c(Addr)", verb)
	}
}

func (a Addr) GoString() string { return fmt.Sprintf("Addr(%q, %d)", a.Host, a.Port) }

type RetryError struct {
	Attempts int
	Last     error
}

func (e *RetryError) Error() string {
	return fmt.Sprintf("after %d attempts: %v", e.Attempts, e.Last)
}
func (e *RetryError) Unwrap() error { return e.Last }

type StatusErr struct {
	Code int
	Text string
}

func (s StatusErr) Error() string { return fmt.Sprintf("status %d", s.Code) }
func (s StatusErr) Is(target error) bool {
	t, ok := target.(StatusErr)
	return ok && (t.Code == 0 || t.Code/100 == s.Code/100)
}

var ErrNotFound = StatusErr{Code: 404}

func fetch(i int) error {
	switch i {
	case 0:
		return &RetryError{3, StatusErr{Code: 503}}
	case 1:
		return fmt.Errorf("get /x: %w", StatusErr{Code: 404})
	case 2:
		return errors.Join(io.EOF, fmt.Errorf("close: %w", os.ErrClosed))
	case 3:
		return fmt.Errorf("two: %w and %w", StatusErr{Code: 500}, io.ErrShortWrite)
	}
	return nil
}

func main() {
	a := Addr{"::1", 8080}
	fmt.Printf("%v|%+v|%s|%5d|%d|%x|%#v\n", a, a, a, a, a, a, a)
	fmt.Println(a, []Addr{a})
	s := fmt.Sprint(a)
	fmt.Println(strings.Count(s, ":"))
	for i := range 5 {
		err := fetch(i)
		var re *RetryError
		fmt.Printf("%d: %v\n", i, err)
		fmt.Println("  as retry:", errors.As(err, &re), "is 5xx:", errors.Is(err, StatusErr{Code: 500}), "is 404:", errors.Is(err, ErrNotFound), "any status:", errors.Is(err, StatusErr{Code: 0}))
		fmt.Println("  eof:", errors.Is(err, io.EOF), "closed:", errors.Is(err, os.ErrClosed), "short:", errors.Is(err, io.ErrShortWrite))
		if re != nil {
			fmt.Println("  attempts", re.Attempts, errors.Unwrap(err))
		}
		var se StatusErr
		if errors.As(err, &se) {
			fmt.Printf("  status %d %v %+v\n", se.Code, se, se)
		}
	}
	j := errors.Join(nil, nil)
	fmt.Println(j == nil, errors.Join(errors.New("a"), nil, errors.New("b")))
}
