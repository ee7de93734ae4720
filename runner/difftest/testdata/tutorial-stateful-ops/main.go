// difftest: same
package main

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
	var readOps, writeOps atomic.Uint64
	reads := make(chan readOp)
	writes := make(chan writeOp)
	done := make(chan map[int]int)
	go func() {
		state := make(map[int]int)
		for {
			select {
			case read, ok := <-reads:
				if !ok {
					done <- state
					return
				}
				read.resp <- state[read.key]
			case write := <-writes:
				state[write.key] += write.val
				write.resp <- true
			}
		}
	}()
	r := rand.New(rand.NewSource(1))
	_ = r
	var wg sync.WaitGroup
	for w := range 10 {
		wg.Go(func() {
			for i := range 5 {
				write := writeOp{key: w % 5, val: i, resp: make(chan bool)}
				writes <- write
				<-write.resp
				writeOps.Add(1)
				read := readOp{key: (w + i) % 5, resp: make(chan int)}
				reads <- read
				<-read.resp
				readOps.Add(1)
			}
		})
	}
	wg.Wait()
	close(reads)
	st := <-done
	fmt.Println("readOps:", readOps.Load(), "writeOps:", writeOps.Load())
	fmt.Println(st)
	var ops atomic.Int64
	var wg2 sync.WaitGroup
	for range 50 {
		wg2.Add(1)
		go func() {
			defer wg2.Done()
			for range 100 {
				ops.Add(1)
			}
		}()
	}
	wg2.Wait()
	fmt.Println("ops:", ops.Load(), ops.CompareAndSwap(5000, 1), ops.Swap(7), ops.Load())
	var flag atomic.Bool
	fmt.Println(flag.CompareAndSwap(false, true), flag.Load())
	var v atomic.Value
	v.Store([]string{"a"})
	fmt.Println(v.Load().([]string), v.CompareAndSwap([]string(nil), []string{"b"}) == false)
}
