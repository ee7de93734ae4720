// difftest: same
package main

import (
	"fmt"
	"runtime"
)

type Event interface{}

func main() {
	defer func() {
		r := recover()
		_, isRT := r.(runtime.Error)
		fmt.Printf("%v|%T|%v\n", r, r, isRT)
	}()
	var x any
	_ = x.(Event)
}
