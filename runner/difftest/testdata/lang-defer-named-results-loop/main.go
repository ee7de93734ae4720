// difftest: same
package main

// Defer order and evaluation: arguments evaluated at the defer statement,
// closures reading the variable at the end, deferred method values on a
// value and on a pointer receiver, a defer in a loop, defers changing
// named results (after a panic too), and os.Exit-free error returns.

import (
	"errors"
	"fmt"
)

type Tx struct {
	name string
	log  *[]string
}

func (t Tx) Done(msg string)  { *t.log = append(*t.log, t.name+":"+msg) }
func (t *Tx) Rename(n string) { t.name = n }

func counter() (n int) {
	defer func() { n *= 2 }()
	for i := range 3 {
		defer func() { n += i }()
	}
	return 10
}

func divide(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("divide %d/%d: %v", a, b, r)
			q = -1
		}
	}()
	q = a / b
	return
}

func cleanup() (err error) {
	defer func() {
		if cerr := errors.New("close failed"); err == nil {
			err = cerr
		}
	}()
	return nil
}

func main() {
	var log []string
	t := Tx{"t1", &log}
	func() {
		defer t.Done("value-at-defer")
		done := t.Done
		defer done("bound")
		defer func() { t.Done("closure") }()
		t.Rename("t2")
		for i := range 3 {
			defer t.Done(fmt.Sprint("loop", i))
		}
		t.Rename("t3")
	}()
	for _, l := range log {
		fmt.Println(l)
	}
	fmt.Println(counter())
	fmt.Println(divide(7, 2))
	fmt.Println(divide(7, 0))
	fmt.Println(cleanup())
	x := 1
	defer fmt.Println("deferred x =", x)
	p := &x
	defer func(v int) { fmt.Println("arg", v, "now", *p) }(*p)
	x = 42
}
