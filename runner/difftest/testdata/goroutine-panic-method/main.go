// difftest: same
// stderr: panic
package main

// A server's method started as a goroutine (go s.serve(n)) panics with an
// error: its deferred call prints first, and the program ends with exit
// status 2, its report naming the error's text as Go does.

import (
	"errors"
	"fmt"
	"time"
)

type Code int

type server struct{ name string }

func (s *server) serve(n int) {
	defer fmt.Println("serve", s.name, "returns")
	if n > 1 {
		panic(errors.New("boom in " + s.name))
	}
}

func main() {
	s := &server{"alpha"}
	go s.serve(1)
	time.Sleep(50 * time.Millisecond)
	go s.serve(2)
	time.Sleep(time.Second)
	fmt.Println("not reached")
	_ = Code(1)
}
