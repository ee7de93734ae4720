// difftest: same
// A type switch on recover() itself, with interface cases (runtime.Error,
// error) beside concrete ones, as a classifier of panics writes it.
package main

import (
	"fmt"
	"runtime"
	"strconv"
)

type AppErr struct{ Op string }

func (a AppErr) Error() string { return "app: " + a.Op }

func classify(f func()) (kind string) {
	defer func() {
		switch r := recover().(type) {
		case nil:
			kind = "no panic"
		case runtime.Error:
			kind = "runtime: " + r.Error()
		case AppErr:
			kind = "app error op=" + r.Op
		case error:
			kind = "error: " + r.Error()
		case string:
			kind = "string: " + r
		case int:
			kind = "int: " + strconv.Itoa(r)
		default:
			kind = fmt.Sprintf("other %T", r)
		}
	}()
	f()
	return
}

func main() {
	fmt.Println(classify(func() {}))
	fmt.Println(classify(func() { var p *AppErr; _ = p.Op }))
	fmt.Println(classify(func() { panic(AppErr{"save"}) }))
	fmt.Println(classify(func() { _, err := strconv.Atoi("x"); panic(err) }))
	fmt.Println(classify(func() { panic("boom") }))
	fmt.Println(classify(func() { panic(3) }))
	fmt.Println(classify(func() { panic(3.5) }))
	fmt.Println(classify(func() { a, b := 1, 0; _ = a / b }))
}
