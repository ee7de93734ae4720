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
	return a / b, nil
}

func order() {
	defer fmt.Println("deferred first")
	defer fmt.Println("deferred second")
	fmt.Println("body")
}

func main() {
	fmt.Println(safeDiv(10, 2))
	fmt.Println(safeDiv(1, 0))
	order()
	func() {
		defer func() {
			fmt.Println("recovered:", recover())
		}()
		panic(errors.New("custom"))
	}()
	var m map[string]int
	func() {
		defer func() { fmt.Println("nil map:", recover() != nil) }()
		m["x"] = 1
	}()
}
