// difftest: same
package main

import (
	"fmt"
	"sync"
)

type result struct {
	id  int
	msg string
}

func worker(id int, wg *sync.WaitGroup, out chan<- result) {
	defer wg.Done()
	defer func() {
		if r := recover(); r != nil {
			out <- result{id, fmt.Sprint("recovered ", r)}
		}
	}()
	defer func() {
		if id%2 == 0 {
			panic(fmt.Sprintf("worker %d failed in its cleanup", id))
		}
	}()
	out <- result{id, "worked"}
}

func main() {
	var wg sync.WaitGroup
	out := make(chan result, 20)
	for id := 1; id <= 4; id++ {
		wg.Add(1)
		go worker(id, &wg, out)
	}
	wg.Wait()
	close(out)
	got := map[int][]string{}
	for r := range out {
		got[r.id] = append(got[r.id], r.msg)
	}
	for id := 1; id <= 4; id++ {
		fmt.Println(id, got[id])
	}
}
