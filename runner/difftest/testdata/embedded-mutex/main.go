// difftest: same
package main

import (
	"fmt"
	"sync"
)

type SafeMap struct {
	sync.Mutex
	m map[string]int
}

func (s *SafeMap) Inc(k string) {
	s.Lock()
	defer s.Unlock()
	s.m[k]++
}

type Stats struct {
	sync.RWMutex
	hits int
}

func main() {
	s := &SafeMap{m: map[string]int{}}
	var wg sync.WaitGroup
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			s.Inc("k")
		}()
	}
	wg.Wait()
	fmt.Println(s.m["k"])
	var st Stats
	st.Lock()
	st.hits++
	st.Unlock()
	st.RLock()
	fmt.Println(st.hits)
	st.RUnlock()
}
