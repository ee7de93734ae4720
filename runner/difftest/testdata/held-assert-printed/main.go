// difftest: same
// A pointer to an error type of the script, held in an empty interface by
// way of error, asserted back inside a printing call's arguments (both
// passes wrap the operand at the same column).
package main

import (
	"fmt"
	"log"
	"os"
)

type ParseError struct{ Line int }

func (e *ParseError) Error() string { return fmt.Sprintf("parse error at %d", e.Line) }

func main() {
	var err error = &ParseError{3}
	var a any = err
	fmt.Printf("%v %T %+v\n", a.(*ParseError), a.(*ParseError), a.(*ParseError))
	fmt.Println(a.(*ParseError).Line, a.(any).(*ParseError))
	log.SetOutput(os.Stdout)
	log.SetFlags(0)
	log.Println(a.(*ParseError))
}
