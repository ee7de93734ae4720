// difftest: same
package main

import (
	"errors"
	"fmt"
	"io"
	"os"
)

// ErrServer and ErrClient are the classes of a status.
var (
	ErrServer = errors.New("server error")
	ErrClient = errors.New("client error")
)

// StatusError is a reply with a status code; errors.Is matches it with
// its class by its Is method.
type StatusError struct{ Code int }

func (e *StatusError) Error() string { return fmt.Sprint("status ", e.Code) }

func (e *StatusError) Is(target error) bool {
	return target == ErrServer && e.Code >= 500 || target == ErrClient && e.Code/100 == 4
}

// Retryable errors tell a caller to try again later. Its As method gives
// a caller that asks for a *RetryAfter how long to wait.
type Retryable struct {
	Err     error
	Seconds int
}

// RetryAfter is how long to wait before trying again.
type RetryAfter struct{ Seconds int }

func (r *RetryAfter) Error() string { return fmt.Sprint("retry after ", r.Seconds, "s") }

func (r *Retryable) Error() string { return "retry: " + r.Err.Error() }
func (r *Retryable) Unwrap() error { return r.Err }
func (r *Retryable) As(target any) bool {
	if p, ok := target.(**RetryAfter); ok {
		*p = &RetryAfter{r.Seconds}
		return true
	}
	return false
}

// Match is a matcher whose Is is not the errors package's: errors.Is
// never calls it.
type Match struct{ Name string }

func (m *Match) Error() string    { return "match " + m.Name }
func (m *Match) Is(name any) bool { fmt.Println("never called"); return true }

// Batch holds several errors; Unwrap with another result than error or
// []error is not the errors package's either.
type Batch struct{ errs []error }

func (b *Batch) Error() string  { return fmt.Sprint(len(b.errs), " errors") }
func (b *Batch) Unwrap() string { return "not an error" }

func main() {
	err := fmt.Errorf("fetch: %w", &Retryable{Err: &StatusError{503}, Seconds: 30})
	var wait *RetryAfter
	fmt.Println(errors.As(err, &wait), wait)
	var se *StatusError
	fmt.Println(errors.As(err, &se), se.Code)
	fmt.Println(errors.Is(err, ErrServer), errors.Is(err, ErrClient), errors.Is(&StatusError{404}, ErrClient), errors.Is(err, io.EOF))

	m := &Match{"x"}
	fmt.Println(errors.Is(m, io.EOF), errors.Is(fmt.Errorf("w: %w", m), os.ErrNotExist))
	b := &Batch{[]error{io.EOF}}
	fmt.Println(errors.Is(b, io.EOF), errors.Unwrap(b) == nil, b.Unwrap())
	all := errors.Join(m, b, err)
	fmt.Println(errors.Is(all, io.EOF), errors.Is(all, ErrServer), errors.As(all, &wait), wait)
}
