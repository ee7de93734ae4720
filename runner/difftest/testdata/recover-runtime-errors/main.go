// difftest: same
package main

import (
	"errors"
	"fmt"
)

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	q = a / b
	return
}

func rethrow() (err error) {
	defer func() {
		r := recover()
		if e, ok := r.(error); ok {
			err = e
			return
		}
		if r != nil {
			panic(r)
		}
	}()
	panic(errors.New("boom"))
}

func counter() (n int) {
	defer func() { n *= 2 }()
	for i := 0; i < 3; i++ {
		defer func() { n++ }()
	}
	return 10
}

func main() {
	fmt.Println(safeDiv(1, 0))
	fmt.Println(safeDiv(6, 3))
	fmt.Println(rethrow())
	fmt.Println(counter())
	for i := 0; i < 3; i++ {
		defer fmt.Print(i, " ")
	}
	x := 1
	defer fmt.Println("x was", x)
	x = 2
	var arr []int
	func() {
		defer func() { fmt.Println("r:", recover()) }()
		_ = arr[5]
	}()
	func() {
		defer func() { fmt.Println("r:", recover()) }()
		var m map[string]int
		m["a"] = 1
	}()
	func() {
		defer func() { fmt.Println("r:", recover()) }()
		var p *struct{ X int }
		p.X = 1
	}()
	func() {
		defer func() { fmt.Println("r:", recover()) }()
		var i any = "s"
		_ = i.(int)
	}()
}
