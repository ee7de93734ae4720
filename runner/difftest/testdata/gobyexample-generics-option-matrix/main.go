// difftest: same
// Generics taken further: an option type, a queue, a matrix over a number
// constraint, parsing with a function of Go's library as an argument, and
// grouping by a key.
package main

import (
	"errors"
	"fmt"
	"strconv"
)

type Option[T any] struct {
	val T
	ok  bool
}

func Some[T any](v T) Option[T] { return Option[T]{v, true} }
func None[T any]() Option[T]    { return Option[T]{} }

func (o Option[T]) Get() (T, error) {
	if !o.ok {
		var zero T
		return zero, errors.New("empty option")
	}
	return o.val, nil
}

func (o Option[T]) OrElse(d T) T {
	if o.ok {
		return o.val
	}
	return d
}

type Queue[T any] struct {
	items []T
}

func (q *Queue[T]) Enqueue(vs ...T) { q.items = append(q.items, vs...) }
func (q *Queue[T]) Dequeue() (T, bool) {
	var zero T
	if len(q.items) == 0 {
		return zero, false
	}
	v := q.items[0]
	q.items = q.items[1:]
	return v, true
}

type Number interface {
	~int | ~int64 | ~float64
}

type Matrix[N Number] [][]N

func (m Matrix[N]) Mul(o Matrix[N]) Matrix[N] {
	out := make(Matrix[N], len(m))
	for i := range m {
		out[i] = make([]N, len(o[0]))
		for j := range o[0] {
			for k := range o {
				out[i][j] += m[i][k] * o[k][j]
			}
		}
	}
	return out
}

func ParseAll[T any](ss []string, parse func(string) (T, error)) ([]T, error) {
	var out []T
	for _, s := range ss {
		v, err := parse(s)
		if err != nil {
			return out, fmt.Errorf("parse %q: %w", s, err)
		}
		out = append(out, v)
	}
	return out, nil
}

func GroupBy[T any, K comparable](xs []T, key func(T) K) map[K][]T {
	g := map[K][]T{}
	for _, x := range xs {
		k := key(x)
		g[k] = append(g[k], x)
	}
	return g
}

func main() {
	o := Some(3)
	v, err := o.Get()
	fmt.Println(v, err, None[string]().OrElse("dflt"))
	_, err = None[float64]().Get()
	fmt.Println(err)
	var q Queue[string]
	q.Enqueue("a", "b")
	x, ok := q.Dequeue()
	fmt.Println(x, ok, len(q.items))
	m := Matrix[int]{{1, 2}, {3, 4}}
	fmt.Println(m.Mul(m))
	fm := Matrix[float64]{{0.5}}
	fmt.Println(fm.Mul(fm))
	ints, err := ParseAll([]string{"1", "2", "x"}, strconv.Atoi)
	fmt.Println(ints, err)
	var ne *strconv.NumError
	fmt.Println(errors.As(err, &ne), ne.Func)
	bs, err := ParseAll([]string{"true", "F"}, strconv.ParseBool)
	fmt.Println(bs, err)
	g := GroupBy([]string{"apple", "avocado", "banana", "blueberry", "cherry"}, func(s string) byte { return s[0] })
	fmt.Println(len(g), g['a'], g['b'], g['c'])
	fmt.Printf("%v %+v\n", o, Some("s"))
}
