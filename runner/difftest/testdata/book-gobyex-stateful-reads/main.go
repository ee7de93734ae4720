// difftest: same
package main

// Go by Example, Stateful Goroutines: one goroutine owns the state and
// answers readOp and writeOp requests sent on channels, each with a
// response channel; a fixed number of operations, so the counts are the
// same on every run.

import (
	"fmt"
	"math/rand"
	"sync"
	"sync/atomic"
)

type readOp struct {
	key  int
	resp chan int
}

type writeOp struct {
	key  int
	val  int
	resp chan bool
}

func main() {
	var readOps, writeOps uint64
	reads := make(chan readOp)
	writes := make(chan writeOp)
	done := make(chan map[int]int)

	go func() {
		var state = make(map[int]int)
		for {
			select {
			case read, ok := <-reads:
				if !ok {
					done <- state
					return
				}
				read.resp <- state[read.key]
			case write := <-writes:
				state[write.key] = write.val
				write.resp <- true
			}
		}
	}()

	var wg sync.WaitGroup
	for r := 0; r < 10; r++ {
		wg.Add(1)
		go func(seed int64) {
			defer wg.Done()
			rnd := rand.New(rand.NewSource(seed))
			for i := 0; i < 50; i++ {
				read := readOp{key: rnd.Intn(5), resp: make(chan int)}
				reads <- read
				<-read.resp
				atomic.AddUint64(&readOps, 1)
			}
		}(int64(r))
	}
	for w := 0; w < 5; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := 0; i < 10; i++ {
				write := writeOp{key: w, val: w*100 + i, resp: make(chan bool)}
				writes <- write
				<-write.resp
				atomic.AddUint64(&writeOps, 1)
			}
		}(w)
	}
	wg.Wait()
	close(reads)
	state := <-done
	fmt.Println("readOps:", atomic.LoadUint64(&readOps))
	fmt.Println("writeOps:", atomic.LoadUint64(&writeOps))
	fmt.Println(state)
}
