// difftest: same
// An error of the script, a pointer or a value on int, stored as error
// and then as an empty interface (a variable, an []any, a chan any):
// asserted back to its type and switched on by type.
package main

import (
	"fmt"
	"io"
)

type ParseError struct{ Line int }

func (e *ParseError) Error() string { return fmt.Sprint("parse ", e.Line) }

type Code int

func (c Code) Error() string { return fmt.Sprint("code ", int(c)) }

var ErrParse = &ParseError{1}

func get() error { return &ParseError{3} }

func code() error { return Code(3) }

func main() {
	err := get()
	var a any = err
	pe, ok := a.(*ParseError)
	fmt.Println(ok, pe != nil, pe.Line)
	fmt.Println(a.(*ParseError).Line)
	s := []any{err, &ParseError{4}, io.EOF, nil, 7, ErrParse}
	for _, v := range s {
		p, ok := v.(*ParseError)
		fmt.Println(ok, p != nil)
		switch x := v.(type) {
		case *ParseError:
			fmt.Println("parse error at", x.Line)
		case nil:
			fmt.Println("nil")
		default:
			fmt.Println("other", x)
		}
		switch v {
		case io.EOF, 7:
			fmt.Println("eof or seven")
		}
	}
	ch := make(chan any, 1)
	ch <- get()
	if p, ok := (<-ch).(*ParseError); ok {
		fmt.Println("from chan", p.Line)
	}
	var c any = code()
	fmt.Println(c == Code(3), c == 3, c != Code(4))
	k, ok := c.(Code)
	fmt.Println(k, ok)
}
