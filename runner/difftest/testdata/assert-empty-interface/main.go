// difftest: same
// Assertions to the empty interface (any, interface{}, an empty interface
// the script names) of values of every kind, in both forms: Go gives the
// value and fails only for nil, with its runtime error, recovered and
// not.
package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
)

type Empty interface{}

type Event any

type P struct{ X int }

type Name string

func (n Name) String() string { return "name:" + string(n) }

type MyErr struct{ Code int }

func (e *MyErr) Error() string { return fmt.Sprint("myerr ", e.Code) }

func show(v any) {
	a, ok := v.(any)
	fmt.Println(a, ok)
	b, ok := v.(interface{})
	fmt.Println(b, ok)
	c, ok := v.(Empty)
	fmt.Println(c, ok)
	var d Event
	d, ok = v.(Event)
	fmt.Println(d, ok)
	if v != nil {
		fmt.Println(v.(any), v.(Empty))
		fmt.Printf("%v %T\n", v.(any), v.(any))
	}
}

func try(f func()) {
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
	}()
	f()
}

func main() {
	var e error = errors.New("boom")
	show(1)
	show("s")
	show(P{2})
	show(&P{3})
	show(Name("ann"))
	show(e)
	show(&MyErr{4})
	show(nil)
	var r io.Reader = strings.NewReader("x")
	x := r.(any)
	if rr, ok := x.(io.Reader); ok {
		b, _ := io.ReadAll(rr)
		fmt.Println(string(b))
	}
	var s fmt.Stringer = Name("bob")
	fmt.Println(s.(any), s.(any) == Name("bob"))
	if _, ok := s.(any).(Name); ok {
		fmt.Println("is a Name")
	}
	var me error = &MyErr{5}
	if p, ok := me.(any).(*MyErr); ok {
		fmt.Println("held", p.Code)
	}
	var n any
	try(func() { fmt.Println(n.(any)) })
	try(func() { fmt.Println(n.(Empty)) })
	try(func() { fmt.Println(e.(interface{})) })
	var ne error
	try(func() { _ = ne.(any) })
	m := map[string]any{"k": 7}
	if v, ok := m["k"].(any); ok {
		fmt.Println("map", v)
	}
	fmt.Println(n.(any))
	os.Exit(3)
}
