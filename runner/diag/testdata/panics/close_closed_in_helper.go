// want 8:2 panic: close of closed channel
package main

import "fmt"

func finish(ch chan int) {
	fmt.Println("closing")
	close(ch)
}

func main() {
	ch := make(chan int)
	finish(ch)
	finish(ch)
}
