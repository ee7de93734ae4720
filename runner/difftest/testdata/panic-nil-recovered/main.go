// difftest: same
package main

import (
	"errors"
	"fmt"
	"runtime"
)

// safely runs a job and reports how it ended, as a worker pool's
// supervisor does; a job that panics with nil still counts as failed.
func safely(name string, job func()) (err error) {
	defer func() {
		if r := recover(); r != nil {
			var re runtime.Error
			if e, ok := r.(error); ok && errors.As(e, &re) {
				err = fmt.Errorf("%s: runtime error: %T: %v", name, r, r)
				return
			}
			err = fmt.Errorf("%s: panicked: %v", name, r)
		}
	}()
	job()
	return nil
}

func main() {
	fmt.Println(safely("ok", func() {}))
	fmt.Println(safely("message", func() { panic("disk full") }))
	fmt.Println(safely("nil", func() { panic(nil) }))
	fmt.Println(safely("nil in parens", func() { panic((nil)) }))
}
