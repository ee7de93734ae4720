// want 11:3 panic: assignment to entry in nil map
package main

import (
	"fmt"
	"time"
)

func work(m map[string]int) {
	defer func() {
		m["done"] = 1
	}()
	fmt.Println("working")
}

func main() {
	var m map[string]int
	go work(m)
	time.Sleep(time.Hour) // the goroutine's panic ends the program
}
