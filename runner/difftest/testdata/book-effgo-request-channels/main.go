// difftest: same
package main

import "fmt"

type Request struct {
	args       []int
	f          func([]int) int
	resultChan chan int
}

func sum(a []int) (s int) {
	for _, v := range a {
		s += v
	}
	return
}

func handle(queue chan *Request) {
	for req := range queue {
		req.resultChan <- req.f(req.args)
	}
}

func main() {
	clientRequests := make(chan *Request)
	for i := 0; i < 3; i++ {
		go handle(clientRequests)
	}
	for i := 0; i < 5; i++ {
		request := &Request{[]int{i, 4, 5}, sum, make(chan int)}
		clientRequests <- request
		fmt.Printf("answer: %d\n", <-request.resultChan)
	}
	close(clientRequests)
	reqs := make(chan chan string, 1)
	go func() {
		for r := range reqs {
			r <- "pong"
		}
	}()
	r := make(chan string)
	reqs <- r
	fmt.Println(<-r)
}
