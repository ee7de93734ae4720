// difftest: same
package main

import (
	"fmt"
	"time"
)

func main() {
	fmt.Println("main starts")
	go func() {
		var m map[string]int
		m["boom"] = 1
	}()
	time.Sleep(time.Hour) // the goroutine's panic ends the program
	fmt.Println("never printed")
}
