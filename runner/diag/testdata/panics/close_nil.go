// want 9:2 panic: close of nil channel
package main

import "fmt"

func main() {
	var ch chan int
	fmt.Println("nil channel")
	close(ch)
}
