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
	time.Sleep(2 * time.Second)
	fmt.Println("never printed")
}
