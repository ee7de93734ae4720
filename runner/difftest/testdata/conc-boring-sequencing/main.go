// difftest: same
package main

// Go Concurrency Patterns: a generator with a quit channel that answers
// after its cleanup, and messages that carry a channel to wait on, so the
// fanned-in generators take turns.

import "fmt"

type Message struct {
	str  string
	wait chan bool
}

func boring(msg string, quit chan string) <-chan Message {
	c := make(chan Message)
	waitForIt := make(chan bool)
	go func() {
		for i := 0; ; i++ {
			select {
			case c <- Message{fmt.Sprintf("%s: %d", msg, i), waitForIt}:
				<-waitForIt
			case <-quit:
				fmt.Println("cleanup", msg)
				quit <- "See you!"
				return
			}
		}
	}()
	return c
}

func fanIn(a, b <-chan Message) <-chan Message {
	c := make(chan Message)
	go func() {
		for {
			c <- <-a
		}
	}()
	go func() {
		for {
			c <- <-b
		}
	}()
	return c
}

func main() {
	quit := make(chan string)
	joe := boring("Joe", quit)
	for i := 0; i < 3; i++ {
		m := <-joe
		fmt.Println(m.str)
		m.wait <- true
	}
	quit <- "Bye!"
	fmt.Println("Joe says:", <-quit)
	q2 := make(chan string)
	c := fanIn(boring("Ann", q2), boring("Ann", q2))
	for i := 0; i < 4; i++ {
		m := <-c
		fmt.Println(m.str[:3])
		m.wait <- true
	}
}
