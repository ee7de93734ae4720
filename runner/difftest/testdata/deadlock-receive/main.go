// difftest: same
package main

import "fmt"

// main waits for a value that no goroutine will ever send: Go stops the
// program with "all goroutines are asleep - deadlock!" and exit status 2.
func main() {
	results := make(chan int)
	go func() {
		sum := 0
		for i := range 5 {
			sum += i
		}
		_ = sum // forgets to send it
	}()
	fmt.Println("waiting for the result")
	fmt.Println(<-results)
}
