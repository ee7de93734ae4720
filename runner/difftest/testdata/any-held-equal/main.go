// difftest: same
// Errors of the script (a pointer, a struct value, a value on int) stored
// as error and then as an empty interface, and values of an interface the
// script declares converted to any: compared with the error's value, with
// each other and with the same value stored elsewhere, asserted to value
// types, switched on, and used as keys of a map[any].
package main

import (
	"errors"
	"fmt"
)

type ParseError struct{ Line int }

func (e *ParseError) Error() string { return fmt.Sprintf("parse error at %d", e.Line) }

type ValErr struct{ Code int }

func (e ValErr) Error() string { return fmt.Sprintf("code %d", e.Code) }

type Status int

func (s Status) Error() string { return fmt.Sprintf("status %d", int(s)) }

var ErrParse = &ParseError{3}

func get(i int) error {
	switch i {
	case 0:
		return ErrParse
	case 1:
		return ValErr{7}
	case 2:
		return Status(404)
	}
	return errors.New("plain")
}

type Shape interface{ Area() int }

type Sq struct{ S int }

func (s Sq) Area() int { return s.S * s.S }

type Circle struct{ R int }

func (c *Circle) Area() int { return 3 * c.R * c.R }

func main() {
	for i := range 4 {
		err := get(i)
		var a any = err
		fmt.Println(a == ErrParse, a == ValErr{7}, a == Status(404), ErrParse == a)
		v, ok := a.(ValErr)
		fmt.Println(v, ok)
		s, ok := a.(Status)
		fmt.Println(s, ok)
		p, ok := a.(*ParseError)
		fmt.Println(p != nil && p.Line == 3, ok)
		switch x := a.(type) {
		case ValErr:
			fmt.Println("case ValErr", x.Code)
		case Status:
			fmt.Println("case Status", int(x))
		case *ParseError:
			fmt.Println("case *ParseError", x.Line)
		default:
			fmt.Println("default", x)
		}
		var b any = get(i)
		fmt.Println(a == b, a != b)
		m := map[any]int{}
		m[a]++
		m[b]++
		m[err]++
		fmt.Println(len(m), m[a])
		delete(m, b)
		fmt.Println(len(m))
	}

	var sh Shape = Sq{2}
	var o Shape = Sq{2}
	fmt.Println(any(sh) == any(o), sh == o)
	var x any = sh
	fmt.Println(x == Sq{2}, x == any(Sq{2}), x == Sq{3})
	ch := make(chan any, 1)
	ch <- sh
	fmt.Println(<-ch == x)
	cp := &Circle{1}
	var sc Shape = cp
	var y any = sc
	fmt.Println(y == cp, y == any(cp), y == any(&Circle{1}))
	m := map[any]string{x: "x"}
	m[any(o)] += "o"
	m[Sq{2}] += "sq"
	m[y] = "y"
	m[cp] += "cp"
	fmt.Println(len(m), m[Sq{2}], m[cp])
}
