// want 16:3 out of memory, in the loop here: the script used all of the 64MiB
package main

import (
	"fmt"
	"strings"
	"time"
)

func grow(done chan bool) {
	var s []string
	for i := 0; i < 10; i++ {
		time.Sleep(time.Millisecond)
	}
	for {
		s = append(s, strings.Repeat("x", 1<<20))
	}
	done <- true
}

func main() {
	done := make(chan bool)
	go grow(done)
	fmt.Println("waiting")
	<-done
}
