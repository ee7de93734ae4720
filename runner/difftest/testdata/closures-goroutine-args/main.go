// difftest: same
package main

import (
	"fmt"
	"sync"
)

func main() {
	names := []string{"ann", "bob", "cy"}
	out := make([]string, len(names))
	var wg sync.WaitGroup
	for i, name := range names {
		i, name := i, name
		wg.Add(1)
		go func() {
			defer wg.Done()
			out[i] = "hello " + name
		}()
	}
	wg.Wait()
	fmt.Println(out)
	var fs []func() int
	for i := 0; i < 3; i++ {
		i := i
		fs = append(fs, func() int { return i * 10 })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
}
