// difftest: same
package main

import (
	"fmt"
	"sort"
	"sync"
)

func producer(name string, n int) <-chan string {
	out := make(chan string)
	go func() {
		defer close(out)
		for i := 0; i < n; i++ {
			out <- fmt.Sprintf("%s-%d", name, i)
		}
	}()
	return out
}

func merge(chans ...<-chan string) <-chan string {
	out := make(chan string)
	var wg sync.WaitGroup
	for _, c := range chans {
		wg.Add(1)
		go func(c <-chan string) {
			defer wg.Done()
			for v := range c {
				out <- v
			}
		}(c)
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	return out
}

func main() {
	var all []string
	for v := range merge(producer("a", 3), producer("b", 2), producer("c", 4)) {
		all = append(all, v)
	}
	sort.Strings(all)
	fmt.Println(len(all), all)
}
