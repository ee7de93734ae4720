// difftest: same
package main

import "fmt"

func cleanup(name string) {
	fmt.Println("cleanup", name)
}

func work() {
	defer cleanup("first")
	defer func() {
		fmt.Println("second defer")
		panic("second panic")
	}()
	defer cleanup("third")
	fmt.Println("working")
	panic("first panic")
}

func main() {
	defer fmt.Println("main's defer runs too")
	work()
	fmt.Println("not reached")
}
