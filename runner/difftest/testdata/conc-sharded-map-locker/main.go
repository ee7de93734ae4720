// difftest: same
package main

// A map sharded over structs that embed sync.RWMutex, an array of mutexes
// striped by index, and an interface that embeds sync.Locker, implemented
// through two levels of embedding.

import (
	"fmt"
	"hash/fnv"
	"sort"
	"sync"
)

const shards = 4

type shard struct {
	sync.RWMutex
	m map[string]int
}

type ShardedMap [shards]*shard

func New() ShardedMap {
	var s ShardedMap
	for i := range s {
		s[i] = &shard{m: map[string]int{}}
	}
	return s
}

func (s ShardedMap) get(k string) *shard {
	h := fnv.New32a()
	h.Write([]byte(k))
	return s[h.Sum32()%shards]
}

func (s ShardedMap) Inc(k string) {
	sh := s.get(k)
	sh.Lock()
	defer sh.Unlock()
	sh.m[k]++
}

type LockedStore interface {
	sync.Locker
	Len() int
}

type base struct {
	sync.Mutex
	items []int
}

type Outer struct {
	base
	name string
}

func (b *base) Len() int { return len(b.items) }

func main() {
	sm := New()
	var wg sync.WaitGroup
	keys := []string{"apple", "banana", "cherry", "date", "elder"}
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sm.Inc(keys[i%len(keys)])
		}()
	}
	wg.Wait()
	var all []string
	for _, sh := range sm {
		for k, v := range sh.m {
			all = append(all, fmt.Sprint(k, "=", v))
		}
	}
	sort.Strings(all)
	fmt.Println(all)
	var locks [3]sync.Mutex
	counts := [3]int{}
	for i := 0; i < 30; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			locks[i%3].Lock()
			counts[i%3]++
			locks[i%3].Unlock()
		}()
	}
	wg.Wait()
	fmt.Println(counts)
	o := &Outer{name: "o"}
	var ls LockedStore = o
	ls.Lock()
	o.items = append(o.items, 1, 2)
	ls.Unlock()
	fmt.Println(ls.Len(), o.TryLock())
	o.Unlock()
}
