// difftest: same
package main

// Effective Go, Channels: a server that limits how many requests it
// handles at once with a buffered channel as a semaphore, each request
// answered on a channel of its own (channels of channels), and the most
// handled at once printed.

import (
	"fmt"
	"sync"
	"sync/atomic"
	"time"
)

const MaxOutstanding = 3

type Request struct {
	args       []int
	f          func([]int) int
	resultChan chan int
}

var (
	active, peak atomic.Int32
)

func sum(a []int) (s int) {
	for _, v := range a {
		s += v
	}
	return
}

func handle(r *Request) {
	n := active.Add(1)
	for {
		p := peak.Load()
		if n <= p || peak.CompareAndSwap(p, n) {
			break
		}
	}
	time.Sleep(5 * time.Millisecond)
	r.resultChan <- r.f(r.args)
	active.Add(-1)
}

func Serve(queue chan *Request, quit chan bool) {
	sem := make(chan int, MaxOutstanding)
	var wg sync.WaitGroup
	for {
		select {
		case req := <-queue:
			sem <- 1
			wg.Add(1)
			go func(req *Request) {
				defer wg.Done()
				handle(req)
				<-sem
			}(req)
		case <-quit:
			wg.Wait()
			return
		}
	}
}

func main() {
	queue := make(chan *Request)
	quit := make(chan bool)
	done := make(chan struct{})
	go func() {
		Serve(queue, quit)
		close(done)
	}()

	var reqs []*Request
	for i := 1; i <= 10; i++ {
		args := make([]int, i)
		for j := range args {
			args[j] = j + 1
		}
		req := &Request{args, sum, make(chan int, 1)}
		reqs = append(reqs, req)
		queue <- req
	}
	for i, r := range reqs {
		fmt.Printf("request %d: %d\n", i+1, <-r.resultChan)
	}
	quit <- true
	<-done
	fmt.Println("at most", peak.Load(), "at once, limit", MaxOutstanding, peak.Load() <= MaxOutstanding)
}
