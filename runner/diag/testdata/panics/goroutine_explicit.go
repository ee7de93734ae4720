// want 10:3 panic: worker failed$
package main

import "fmt"

func main() {
	done := make(chan bool)
	go func() {
		fmt.Println("working")
		panic("worker failed")
	}()
	<-done
}
