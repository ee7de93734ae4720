// difftest: same
package main

import (
	"fmt"
	"time"
)

func main() {
	for i := 0; i < 3; i++ {
		go func(n int) {
			time.Sleep(time.Hour)
			fmt.Println("never", n)
		}(i)
	}
	ch := make(chan int)
	go func() { ch <- 42 }()
	fmt.Println(<-ch)
	fmt.Println("main returns while goroutines sleep")
}
