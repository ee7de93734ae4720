// difftest: same
package main

import (
	"errors"
	"fmt"
	"log"
	"os"
)

type ValidationError struct {
	Field string
}

func (e *ValidationError) Error() string { return "invalid " + e.Field }

type Logger struct{ prefix string }

func (l *Logger) String() string { return "logger " + l.prefix }

func validate(name string) error {
	var err *ValidationError
	if name == "" {
		err = &ValidationError{"name"}
	}
	return err // a nil *ValidationError is not a nil error
}

func describe() fmt.Stringer {
	var l *Logger
	return l
}

func main() {
	for _, n := range []string{"ann", ""} {
		err := validate(n)
		if err != nil {
			fmt.Println("error:", err)
			fmt.Printf("%v|%s|%q|%+v|%#v|%T\n", err, err, err, err, err, err)
			fmt.Printf("[%8v] [%-8v]\n", err, err)
		}
		var ve *ValidationError
		fmt.Println(errors.As(err, &ve), ve == nil)
	}
	s := describe()
	fmt.Println(s == nil, s)
	fmt.Printf("%v %d\n", []any{s, validate("x")}, validate("y"))
	wrapped := fmt.Errorf("wrap: %w", validate("z"))
	fmt.Println(wrapped, errors.Unwrap(wrapped) != nil)
	log.SetOutput(os.Stdout)
	log.SetFlags(0)
	log.Println("logged:", validate("q"))
	m := map[string]error{"a": validate("a")}
	fmt.Println(m)
}
