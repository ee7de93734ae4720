// difftest: same
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
