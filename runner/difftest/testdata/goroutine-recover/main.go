// difftest: same
// sort: lines
package main

import (
	"fmt"
	"sync"
)

func safely(id int, f func(), wg *sync.WaitGroup, out chan<- string) {
	defer wg.Done()
	defer func() {
		if r := recover(); r != nil {
			out <- fmt.Sprintf("worker %d recovered: %v", id, r)
		}
	}()
	f()
	out <- fmt.Sprintf("worker %d done", id)
}

func main() {
	out := make(chan string, 10)
	var wg sync.WaitGroup
	wg.Add(3)
	go safely(1, func() {}, &wg, out)
	go safely(2, func() { panic("boom") }, &wg, out)
	go safely(3, func() {
		var s []int
		_ = s[3]
	}, &wg, out)
	wg.Wait()
	close(out)
	for m := range out {
		fmt.Println(m)
	}
}
