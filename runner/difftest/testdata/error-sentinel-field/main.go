// difftest: same
// A sentinel pointer kept in a struct field and in a map, compared with
// errors that came back from fmt.Errorf and errors.Unwrap.
package main

import (
	"errors"
	"fmt"
)

// LimitError says a message was longer than a limit.
type LimitError struct{ Max int }

func (e *LimitError) Error() string { return fmt.Sprint("longer than ", e.Max) }

// Server keeps the error it reports for a message too long.
type Server struct {
	Name    string
	TooLong *LimitError
}

var byName = map[string]*LimitError{"small": {Max: 8}, "large": {Max: 64}}

func (s *Server) check(msg string) error {
	if len(msg) > s.TooLong.Max {
		return fmt.Errorf("%s: %w", s.Name, s.TooLong)
	}
	return nil
}

func main() {
	small := &Server{"small", byName["small"]}
	large := &Server{"large", byName["large"]}
	for _, msg := range []string{"hi", "a rather long line"} {
		for _, s := range []*Server{small, large} {
			err := s.check(msg)
			fmt.Println(s.Name, err != nil, errors.Is(err, s.TooLong), errors.Is(err, byName["large"]))
			if err != nil {
				inner := errors.Unwrap(err)
				fmt.Println(err.Error(), inner == s.TooLong, inner != byName["large"], s.TooLong == byName[s.Name])
			}
		}
	}
	copied := *small.TooLong
	fmt.Println(errors.Is(small.check("too long a line"), &copied))
}
