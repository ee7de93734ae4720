// want 8:16 panic: integer divide by zero
package main

import "fmt"

func worker(n, d int, done chan bool) {
	fmt.Println("dividing")
	fmt.Println(n / d)
	done <- true
}

func main() {
	done := make(chan bool)
	go worker(1, 0, done)
	<-done
}
