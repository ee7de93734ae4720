// difftest: same
package main

// A recovered value asserted to error: Go finds that the script's
// *parseError is one. The interpreter's assertion to an interface did not
// see the methods of the value recover returned, which came without its
// type; the recover site now gives it its type back.

import "fmt"

type parseError struct{ line int }

func (e *parseError) Error() string { return fmt.Sprintf("line %d: bad input", e.line) }

func parse() (err error) {
	defer func() {
		if r := recover(); r != nil {
			if e, ok := r.(error); ok {
				err = e
				return
			}
			panic(r)
		}
	}()
	panic(&parseError{3})
}

func main() {
	fmt.Println(parse())
}
