// difftest: refused recover returns a value of a generic error type of the script without the interpreter's record of its type, which the recover site cannot name to give it back, so fmt.Errorf's %w does not wrap it
package main

// A generic store whose Must lookup panics with a NotFound[K] of the
// key's type, and a caller that recovers it and wraps it with %w. Under
// the interpreter, recover's value reached %w without its Error method
// (%!w(*struct { Key string }=&{ada})); the recover site gives the script's
// error types of the top level their type back, but cannot name an
// instance of a generic one there.

import (
	"errors"
	"fmt"
)

type NotFound[K comparable] struct{ Key K }

func (e *NotFound[K]) Error() string { return fmt.Sprintf("no entry for %v", e.Key) }

type Store[K comparable, V any] struct{ m map[K]V }

func (s *Store[K, V]) Must(k K) V {
	v, ok := s.m[k]
	if !ok {
		panic(&NotFound[K]{k})
	}
	return v
}

func lookup(s *Store[string, int], k string) (v int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("lookup: %w", r)
		}
	}()
	return s.Must(k), nil
}

func main() {
	s := &Store[string, int]{m: map[string]int{"grace": 1906}}
	for _, k := range []string{"grace", "ada"} {
		v, err := lookup(s, k)
		var nf *NotFound[string]
		fmt.Println(v, err, errors.As(err, &nf))
	}
}
