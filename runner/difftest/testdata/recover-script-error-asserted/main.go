// difftest: refused the interpreter does not see that a value of the script's error type, recovered as any, implements error
package main

// A recovered value asserted to error: Go finds that the script's
// *parseError is one; the interpreter's assertion to an interface does not
// see the methods of a script's value.

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
