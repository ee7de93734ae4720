// want 16:3 out of memory, in the loop here: the script used all of the 64MiB
package main

import (
	"fmt"
	"strings"
	"time"
)

func grow(done chan bool) {
	s := "x"
	for i := 0; i < 10; i++ {
		time.Sleep(time.Millisecond)
	}
	for {
		s += strings.Repeat(s, 1)
	}
	done <- true
}

func main() {
	done := make(chan bool)
	go grow(done)
	fmt.Println("waiting")
	<-done
}
