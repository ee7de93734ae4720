// difftest: same
package main

import (
	"fmt"
	"sync"
)

type Pool struct {
	cond  *sync.Cond
	avail []string
}

func (p *Pool) Get() string {
	p.cond.L.Lock()
	defer p.cond.L.Unlock()
	for len(p.avail) == 0 {
		p.cond.Wait()
	}
	r := p.avail[0]
	p.avail = p.avail[1:]
	return r
}

func (p *Pool) Put(r string) {
	p.cond.L.Lock()
	p.avail = append(p.avail, r)
	p.cond.L.Unlock()
	p.cond.Signal()
}

func main() {
	p := &Pool{cond: sync.NewCond(&sync.Mutex{})}
	var wg sync.WaitGroup
	got := make(chan string, 4)
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			got <- p.Get()
		}()
	}
	for _, r := range []string{"a", "b", "c", "d"} {
		p.Put(r)
	}
	wg.Wait()
	close(got)
	n := 0
	for range got {
		n++
	}
	fmt.Println(n, len(p.avail))
	var rw sync.RWMutex
	rl := rw.RLocker()
	rl.Lock()
	fmt.Println(rw.TryLock())
	rl.Unlock()
	fmt.Println(rw.TryLock())
	fmt.Printf("%T\n", rl)
}
