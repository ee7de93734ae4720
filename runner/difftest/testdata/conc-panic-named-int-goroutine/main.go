// difftest: same
// stderr: panic
package main

// A goroutine panics with a value of a type on int without methods, which
// Go reports as main.Code(42).

import "time"

type Code int

type Temp float64

func main() {
	go func() {
		panic(Code(42))
	}()
	time.Sleep(time.Second)
	panic(Temp(1.5))
}
