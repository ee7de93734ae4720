// difftest: refused recover() in a function literal deferred as a value does not stop the panic in the interpreter
package main

import "fmt"

func work() {
	catch := func() {
		if r := recover(); r != nil {
			fmt.Println("recovered:", r)
		}
	}
	defer catch()
	panic("boom")
}

func main() {
	work()
	fmt.Println("after")
}
