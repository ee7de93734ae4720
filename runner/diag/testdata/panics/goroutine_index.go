// want 10:21 panic: index out of range \[2\] with length 2
package main

import "fmt"

func main() {
	done := make(chan bool)
	go func() {
		a := []int{1, 2}
		fmt.Println(a[0], a[2])
		done <- true
	}()
	<-done
}
