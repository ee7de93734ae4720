// difftest: same
package main

import (
	"errors"
	"fmt"
)

func run(f func()) (err error) {
	defer func() {
		if r := recover(); r != nil {
			if e, ok := r.(error); ok {
				err = e
				return
			}
			err = fmt.Errorf("panic: %v", r)
		}
	}()
	f()
	return nil
}

func main() {
	fmt.Println(run(func() { panic(errors.New("an error")) }))
	fmt.Println(run(func() { panic("a string") }))
	fmt.Println(run(func() {}))
}
