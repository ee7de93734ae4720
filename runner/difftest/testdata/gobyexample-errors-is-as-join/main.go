// difftest: same
// Go by Example, Errors, taken further: an error type with an Is method,
// an Unwrap chain searched by errors.Is and errors.As, errors.Join of
// parse errors, and a wrapped fs.ErrNotExist.
package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strconv"
)

type HTTPError struct {
	Code int
	Msg  string
}

func (e HTTPError) Error() string { return fmt.Sprintf("%d %s", e.Code, e.Msg) }
func (e HTTPError) Is(target error) bool {
	t, ok := target.(HTTPError)
	return ok && (t.Code == 0 || t.Code == e.Code)
}

var ErrNotFound = HTTPError{Code: 404}

type OpError struct {
	Op  string
	Err error
}

func (e *OpError) Error() string { return e.Op + ": " + e.Err.Error() }
func (e *OpError) Unwrap() error { return e.Err }

type Temporary interface{ Temporary() bool }

type tempErr struct{}

func (tempErr) Error() string   { return "temporary glitch" }
func (tempErr) Temporary() bool { return true }

func fetch(path string) error {
	switch path {
	case "/missing":
		return &OpError{"fetch", HTTPError{404, "not found"}}
	case "/flaky":
		return &OpError{"fetch", tempErr{}}
	case "/io":
		return fmt.Errorf("read body: %w", io.ErrUnexpectedEOF)
	}
	return nil
}

func parseAll(ss []string) ([]int, error) {
	var errs []error
	var out []int
	for _, s := range ss {
		n, err := strconv.Atoi(s)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		out = append(out, n)
	}
	return out, errors.Join(errs...)
}

func main() {
	for _, p := range []string{"/missing", "/flaky", "/io", "/ok"} {
		err := fetch(p)
		var op *OpError
		var he HTTPError
		fmt.Println(p, err)
		fmt.Println("  is404:", errors.Is(err, ErrNotFound), "isEOF:", errors.Is(err, io.ErrUnexpectedEOF))
		fmt.Println("  asOp:", errors.As(err, &op), "asHTTP:", errors.As(err, &he), he.Code)
		if op != nil {
			if t, ok := op.Err.(tempErr); ok {
				fmt.Println("  temporary:", t.Temporary())
			}
		}
	}
	nums, err := parseAll([]string{"1", "x", "3", "4y"})
	fmt.Println(nums)
	fmt.Println(err)
	var ne *strconv.NumError
	fmt.Println(errors.As(err, &ne), ne.Num)
	_, err = os.ReadFile("missing.txt")
	fmt.Println(errors.Is(err, fs.ErrNotExist), errors.Unwrap(err) != nil)
	wrapped := fmt.Errorf("ctx: %w", fmt.Errorf("inner: %v", io.EOF))
	fmt.Println(wrapped, errors.Is(wrapped, io.EOF))
	fmt.Printf("%v | %+v | %s | %q\n", ErrNotFound, HTTPError{500, "x"}, &OpError{"o", io.EOF}, tempErr{})
}
