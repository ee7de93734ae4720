// difftest: same
package main

import "fmt"

func main() {
	ch := make(chan int, 10)
	for i := 0; i < 6; i++ {
		ch <- i
	}
	close(ch)
	got := 0
loop:
	for {
		select {
		case v, ok := <-ch:
			if !ok {
				fmt.Println("closed")
				return
			}
			if v%2 == 0 {
				continue loop
			}
			if v == 5 {
				break
			}
			got += v
		}
	}
	fmt.Println("never", got)
}
