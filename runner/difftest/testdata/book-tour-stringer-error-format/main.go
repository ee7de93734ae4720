// difftest: same
package main

// A Tour of Go, Stringers and Errors: Error wins over String, GoString
// answers %#v, a Format method sees the verb, width and flags, and a String
// method on the pointer receiver is used only for pointers.

import (
	"errors"
	"fmt"
)

type Both struct{ n int }

func (b Both) String() string { return fmt.Sprintf("S%d", b.n) }
func (b Both) Error() string  { return fmt.Sprintf("E%d", b.n) }

type G struct{ n int }

func (g G) GoString() string { return fmt.Sprintf("G(%d)", g.n) }

type F struct{ n int }

func (f F) Format(s fmt.State, verb rune) {
	w, ok := s.Width()
	fmt.Fprintf(s, "F<%c,%d,%v,%v>", verb, w, ok, s.Flag('+'))
}

type PS struct{ n int }

func (p *PS) String() string { return "ptr-stringer" }

func main() {
	b := Both{1}
	fmt.Println(b)
	fmt.Printf("%v %s %d\n", b, b, b)
	fmt.Printf("%#v\n", G{2})
	fmt.Printf("%v %+8x\n", F{3}, F{3})
	fmt.Println(PS{4}, &PS{4})
	fmt.Println([]PS{{5}}, []*PS{{5}})
	e := fmt.Errorf("wrap: %w", b)
	fmt.Println(e, errors.Unwrap(e))
	fmt.Printf("%v\n", struct{ B Both }{b})
	fmt.Println(fmt.Sprint(b, "x", 3, 4, "y"))
}
