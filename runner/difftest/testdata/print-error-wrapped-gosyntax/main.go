// difftest: same
// %#v of the errors of Go's library that wrap the program's own errors
// (fmt.Errorf's %w, errors.Join, a *fs.PathError's Err) names the wrapped
// values by their Go types, and every other verb prints them as before.
package main

import (
	"errors"
	"fmt"
	"io/fs"
)

type E struct{ Code int }

func (e E) Error() string { return fmt.Sprintf("E%d", e.Code) }

type Limit struct {
	Name string
	Max  int
}

func (l Limit) Error() string { return fmt.Sprintf("%s over %d", l.Name, l.Max) }

func show(f func()) {
	defer func() {
		r := recover()
		fmt.Printf("%#v\n", r)
	}()
	f()
}

func main() {
	w := fmt.Errorf("w: %w", E{9})
	fmt.Printf("%#v\n", w)
	fmt.Printf("%v|%+v|%s|%q|%-12v|\n", w, w, w, w, w)
	fmt.Printf("%T\n", w)
	j := errors.Join(E{1}, Limit{"size", 10})
	fmt.Printf("%#v\n", j)
	fmt.Printf("%v\n", j)
	m := fmt.Errorf("%w + %w", E{2}, Limit{"rate", 5})
	fmt.Printf("%#v\n", m)
	pe := &fs.PathError{Op: "open", Path: "f", Err: E{3}}
	fmt.Printf("%#v\n", pe)
	fmt.Println(w, j, pe)
	var err error = pe
	fmt.Printf("%#v %T\n", err, err)
	show(func() { panic(fmt.Errorf("w: %w", E{4})) })
}
