// difftest: same
package main

// Go by Example, Recover: division by zero, an index out of range and a
// write to a nil map recovered in deferred functions that set named
// results, and a runtime.Error found with errors.As.

import (
	"errors"
	"fmt"
	"runtime"
)

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	return a / b, nil
}

func idx(s []int, i int) (v int, err error) {
	defer func() {
		if r := recover(); r != nil {
			if re, ok := r.(runtime.Error); ok {
				err = re
			}
		}
	}()
	return s[i], nil
}

func nilMap() (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%v", r)
		}
	}()
	var m map[string]int
	m["a"] = 1
	return nil
}

func main() {
	fmt.Println(safeDiv(10, 2))
	fmt.Println(safeDiv(1, 0))
	fmt.Println(idx([]int{1, 2}, 5))
	fmt.Println(nilMap())
	var re runtime.Error
	_, err := idx([]int{}, 0)
	fmt.Println(errors.As(err, &re))
}
