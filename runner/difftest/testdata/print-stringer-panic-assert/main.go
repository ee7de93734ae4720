// difftest: same
// A String or Error method whose type assertion fails: fmt prints Go's
// runtime error in %!v(PANIC=String method: ...).
package main

import (
	"errors"
	"fmt"
)

type Shape interface{ Area() float64 }

type Sq struct{ s float64 }

func (q Sq) Area() float64 { return q.s * q.s }

type Circle struct{ r float64 }

func (c *Circle) Area() float64 { return 3 * c.r * c.r }

type Report struct {
	shape Shape
	err   error
	data  any
}

func (r Report) String() string {
	return fmt.Sprintf("square of side %.1f", r.shape.(Sq).s)
}

type WrapErr struct{ cause error }

func (w WrapErr) Error() string { return "wrapped: " + w.cause.(*MyErr).msg }

type MyErr struct{ msg string }

func (m *MyErr) Error() string { return m.msg }

func main() {
	fmt.Println(Report{shape: Sq{2}})
	fmt.Println(Report{shape: &Circle{1}})
	fmt.Println(Report{})
	fmt.Println(WrapErr{cause: &MyErr{"inner"}})
	fmt.Println(WrapErr{cause: errors.New("plain")})
	fmt.Println(WrapErr{})
	var err error = WrapErr{cause: fmt.Errorf("x")}
	fmt.Printf("%v|%s\n", err, err)
}
