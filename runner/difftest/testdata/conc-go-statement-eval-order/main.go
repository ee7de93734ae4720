// difftest: same
package main

// A go statement evaluates the function value, its receiver and its
// arguments in the goroutine that runs the statement, before the new one
// starts: makeWorker(i) prints before the line after the go statement.

import (
	"fmt"
	"sync"
)

var wg sync.WaitGroup

func makeWorker(i int) func() {
	fmt.Println("making", i)
	return func() {
		defer wg.Done()
	}
}

type Server struct{ name string }

func getServer(n string) *Server {
	fmt.Println("get", n)
	return &Server{n}
}

func (s *Server) serve(c int, done chan<- string) {
	done <- fmt.Sprint(s.name, c)
}

func arg(n int) int {
	fmt.Println("arg", n)
	return n
}

func main() {
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go makeWorker(i)()
		fmt.Println("after go", i)
	}
	wg.Wait()
	done := make(chan string)
	go getServer("s1").serve(arg(7), done)
	fmt.Println("spawned")
	fmt.Println(<-done)
	go (*Server).serve(getServer("s2"), arg(8), done)
	fmt.Println("spawned2")
	fmt.Println(<-done)
}
