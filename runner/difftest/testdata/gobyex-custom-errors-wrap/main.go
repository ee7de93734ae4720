// difftest: same
package main

import (
	"errors"
	"fmt"
)

type QueryError struct {
	Query string
	Err   error
}

func (e *QueryError) Error() string { return e.Query + ": " + e.Err.Error() }
func (e *QueryError) Unwrap() error { return e.Err }

var ErrPermission = errors.New("permission denied")

func query(q string) error {
	return &QueryError{Query: q, Err: ErrPermission}
}

func main() {
	err := query("select *")
	fmt.Println(err)
	fmt.Println(errors.Is(err, ErrPermission))
	var qe *QueryError
	if errors.As(err, &qe) {
		fmt.Println("query was", qe.Query)
	}
	wrapped := fmt.Errorf("handler: %w", err)
	fmt.Println(wrapped, errors.Is(wrapped, ErrPermission))
	if errors.As(wrapped, &qe) {
		fmt.Println("still", qe.Query)
	}
}
