// difftest: same
// stderr: panic
package main

// A server's method started as a goroutine (go s.serve(n)) panics with an
// error: its deferred call prints first, and the program ends with exit
// status 2, its report naming the error's text as Go does. main waits for
// each serve to have run its deferred calls, not for a time, so that a
// loaded machine gives the same output.

import (
	"errors"
	"fmt"
	"time"
)

type Code int

type server struct {
	name string
	done chan int
}

func (s *server) serve(n int) {
	defer func() { s.done <- n }()
	defer fmt.Println("serve", s.name, "returns")
	if n > 1 {
		panic(errors.New("boom in " + s.name))
	}
}

func main() {
	s := &server{"alpha", make(chan int, 2)}
	go s.serve(1)
	<-s.done
	go s.serve(2)
	<-s.done
	time.Sleep(time.Second)
	fmt.Println("not reached")
	_ = Code(1)
}
