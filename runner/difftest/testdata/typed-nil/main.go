// difftest: same
package main

import (
	"errors"
	"fmt"
)

type MyErr struct{}

func (*MyErr) Error() string { return "my error" }

func mayFail(fail bool) error {
	var p *MyErr
	if fail {
		p = &MyErr{}
	}
	return p
}

type Shape interface{ Area() float64 }
type Sq struct{ s float64 }

func (q *Sq) Area() float64 {
	if q == nil {
		return 0
	}
	return q.s * q.s
}

func main() {
	err := mayFail(false)
	fmt.Println(err == nil, err != nil)
	var sh Shape
	fmt.Println(sh == nil)
	var q *Sq
	sh = q
	fmt.Println(sh == nil, sh.Area())
	var e error
	fmt.Println(e == nil, fmt.Sprint(e), errors.Is(e, nil))
}
