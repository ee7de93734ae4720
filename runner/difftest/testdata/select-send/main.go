// difftest: same
package main

import "fmt"

func main() {
	out := make(chan int, 2)
	sent := 0
	for i := 0; i < 5; i++ {
		select {
		case out <- i:
			sent++
		default:
			fmt.Println("full at", i)
		}
	}
	fmt.Println("sent", sent, len(out))
	var nilCh chan int
	select {
	case v := <-nilCh:
		fmt.Println("never", v)
	case v := <-out:
		fmt.Println("got", v)
	}
}
