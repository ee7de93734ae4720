// difftest: same
// Reading through a nil *string that is an operand of + or ==, or the value
// of +=, panics with Go's runtime error, in a String method too.
package main

import (
	"fmt"
	"runtime"
)

type Config struct {
	Host *string
	Name *Label
}

type Label string

func (c Config) String() string { return "host=" + *c.Host }

func describe(c Config) (out string) {
	defer func() {
		if r := recover(); r != nil {
			_, isRT := r.(runtime.Error)
			out = fmt.Sprintf("recovered %v (%T, runtime.Error %v)", r, r, isRT)
		}
	}()
	if *c.Host == "" {
		return "empty host"
	}
	label := "label:"
	label += string(*c.Name)
	return *c.Host + " " + label + " " + string(*c.Name+"!")
}

func main() {
	h, l := "example.org", Label("web")
	fmt.Println(describe(Config{&h, &l}))
	fmt.Println(describe(Config{Host: &h}))
	fmt.Println(describe(Config{}))
	fmt.Println(Config{Host: &h}, Config{})
	var a, b *string = &h, nil
	*a += "/x"
	fmt.Println(h, *a == h)
	func() {
		defer func() { fmt.Println("r:", recover()) }()
		*b += "y"
	}()
	func() {
		defer func() { fmt.Println("r:", recover()) }()
		fmt.Println(*a < *b)
	}()
}
