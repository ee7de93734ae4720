// difftest: same
package main

import (
	"fmt"
	"sync/atomic"
)

type A struct{ X int }
type B struct{ Y string }

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(name, "panic:", r)
		}
	}()
	f()
	fmt.Println(name, "ok")
}

func main() {
	var v atomic.Value
	fmt.Println(v.Load())
	v.Store(A{1})
	fmt.Println(v.Load().(A).X)
	try("store B", func() { v.Store(B{"x"}) })
	try("store nil", func() { v.Store(nil) })
	try("swap A", func() { fmt.Println(v.Swap(A{2})) })
	try("cas", func() { fmt.Println(v.CompareAndSwap(A{2}, A{3})) })
	try("cas wrong", func() { v.CompareAndSwap(A{3}, B{"z"}) })
	fmt.Printf("%v %T\n", v.Load(), v.Load())
}
