// difftest: same
package main

import (
	"errors"
	"fmt"
)

type NotFound[K comparable] struct{ Key K }

func (e *NotFound[K]) Error() string { return fmt.Sprintf("key %v not found", e.Key) }

type Store[K comparable, V any] struct{ m map[K]V }

func (s *Store[K, V]) Get(k K) (V, error) {
	v, ok := s.m[k]
	if !ok {
		return v, &NotFound[K]{k}
	}
	return v, nil
}

var ErrClosed = errors.New("closed")

func main() {
	s := &Store[string, int]{m: map[string]int{"a": 1}}
	v, err := s.Get("a")
	fmt.Println(v, err)
	_, err = s.Get("zz")
	fmt.Println(err)
	var nf *NotFound[string]
	if errors.As(err, &nf) {
		fmt.Println("as:", nf.Key)
	}
	e2 := fmt.Errorf("lookup: %w", err)
	fmt.Println(e2, errors.As(e2, &nf))
	j := errors.Join(ErrClosed, err)
	fmt.Println(errors.Is(j, ErrClosed), errors.As(j, &nf))
	fmt.Println(j)
	var e any = err
	fmt.Println(e)
	fmt.Printf("%v|%s|%q\n", e, e, e)
}
