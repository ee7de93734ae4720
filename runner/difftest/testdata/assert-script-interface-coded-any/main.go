// difftest: same
package main

// An assertion to an interface the script declares that embeds error, of an
// any that holds the script's errors, a value and a pointer.

import "fmt"

type Coded interface {
	error
	Code() int
}

type NotFound struct{ Path string }

func (e NotFound) Error() string { return "not found: " + e.Path }
func (e NotFound) Code() int     { return 404 }

type Denied struct{ User string }

func (e *Denied) Error() string { return "denied: " + e.User }
func (e *Denied) Code() int     { return 403 }

func status(v any) string {
	if c, ok := v.(Coded); ok {
		return fmt.Sprintf("%d %v", c.Code(), c)
	}
	return fmt.Sprintf("200 %v", v)
}

func main() {
	fmt.Println(status(NotFound{"/x"}))
	fmt.Println(status(&Denied{"bob"}))
	fmt.Println(status("ok"))
}
