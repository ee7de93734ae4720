// difftest: same
package main

import (
	"errors"
	"fmt"
)

type NotFound struct{ Key string }

func (e NotFound) Error() string { return "not found: " + e.Key }

type Temporary struct{ msg string }

func (t *Temporary) Error() string   { return t.msg }
func (t *Temporary) Is(e error) bool { _, ok := e.(*Temporary); return ok }

var ErrBase = errors.New("base")

func main() {
	is := errors.Is
	as := errors.As
	unwrap := errors.Unwrap
	join := errors.Join
	e1 := fmt.Errorf("ctx: %w", NotFound{"k"})
	fmt.Println(is(e1, NotFound{"k"}), is(e1, NotFound{"z"}))
	var nf NotFound
	fmt.Println(as(e1, &nf), nf.Key)
	fmt.Println(unwrap(e1))
	t := fmt.Errorf("wrap: %w", &Temporary{"t1"})
	fmt.Println(is(t, &Temporary{"other"}))
	j := join(e1, ErrBase)
	fmt.Println(is(j, ErrBase), j)
	checks := map[string]func(error, error) bool{"is": errors.Is}
	fmt.Println(checks["is"](e1, NotFound{"k"}))
	var tp *Temporary
	fmt.Println(as(t, &tp), tp.msg)
}
