// difftest: same
package main

import (
	"errors"
	"fmt"
	"sync"
)

type pool struct {
	mu      sync.Mutex
	free    []int
	release func(id int)
}

// borrow hands out an id and defers giving it back through a closure
// kept in the pool, with arguments.
func (p *pool) borrow(work func(id int) error) (err error) {
	p.mu.Lock()
	id := p.free[0]
	p.free = p.free[1:]
	p.mu.Unlock()
	giveBack := func(id int, why string) {
		fmt.Printf("give back %d (%s)\n", id, why)
		p.release(id)
	}
	defer func() {
		why := "ok"
		if err != nil {
			why = err.Error()
		}
		giveBack(id, why)
	}()
	return work(id)
}

func main() {
	p := &pool{free: []int{1, 2, 3}}
	p.release = func(id int) {
		p.mu.Lock()
		defer p.mu.Unlock()
		p.free = append(p.free, id)
	}
	count := 0
	step := func() { count++ }
	defer func() { step(); fmt.Println("steps", count) }()
	fmt.Println(p.borrow(func(id int) error { step(); return nil }))
	fmt.Println(p.borrow(func(id int) error { step(); return errors.New("busy") }))
	var wg sync.WaitGroup
	results := make([]int, 3)
	// One goroutine at a time, so that the ids each gets and the order of
	// the lines they print are the same in every run.
	for i := range 3 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			p.borrow(func(id int) error { results[i] = id * 10; return nil })
		}()
		wg.Wait()
	}
	fmt.Println(len(p.free), results[0]+results[1]+results[2] > 0)
	report := map[string]func() string{
		"free": func() string { return fmt.Sprint(len(p.free), " free") },
	}
	defer func() { fmt.Println(report["free"]()) }()
	fmt.Println("done")
}
